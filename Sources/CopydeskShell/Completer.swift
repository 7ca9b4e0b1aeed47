import Foundation

/// TAB completion, decided apart from the terminal: what to put in place of the word before the cursor.
public enum Completer {
    /// One thing the word may become.
    public struct Candidate: Sendable, Hashable {
        /// The whole word, as it replaces what is typed.
        public var word: String
        /// What the listing shows (a path's last part).
        public var display: String
        /// False for a folder: completing it adds no space, so the path can go on.
        public var isFinal: Bool

        public init(word: String, display: String? = nil, isFinal: Bool = true) {
            self.word = word
            self.display = display ?? word
            self.isFinal = isFinal
        }
    }

    /// What TAB does to the line.
    public struct Result: Sendable, Hashable {
        /// The word before the cursor (removed, then replaced by `insert`).
        public var typed: String
        public var insert: String
        /// Candidates to list below the line; empty when the completion is unique.
        public var listing: [String]

        /// True when TAB changes nothing and lists nothing (the terminal beeps).
        public var isEmpty: Bool { insert == typed && listing.isEmpty }
    }

    /// The word the cursor is in: everything after the last space before it.
    public static func typedWord(_ lineBeforeCursor: String) -> String {
        guard let space = lineBeforeCursor.lastIndex(where: \.isWhitespace) else { return lineBeforeCursor }
        return String(lineBeforeCursor[lineBeforeCursor.index(after: space)...])
    }

    /// Completes `typed` against `candidates`: a unique match is inserted whole (with a space
    /// after it unless it is a folder), several insert their longest common prefix and are listed.
    public static func complete(typed: String, candidates: [Candidate]) -> Result {
        var seen = Set<String>()
        let folded = typed.lowercased()
        let matches = candidates.filter { $0.word.lowercased().hasPrefix(folded) && seen.insert($0.word).inserted }
        switch matches.count {
        case 0:
            return Result(typed: typed, insert: typed, listing: [])
        case 1:
            let only = matches[0]
            return Result(typed: typed, insert: only.word + (only.isFinal ? " " : ""), listing: [])
        default:
            let prefix = commonPrefix(matches.map(\.word))
            // Keep what was typed when the shared prefix is no longer (it may differ only in case).
            let insert = prefix.count > typed.count ? prefix : typed
            return Result(typed: typed, insert: insert, listing: matches.map(\.display))
        }
    }

    /// The longest prefix, in whole characters, that every string shares.
    public static func commonPrefix(_ strings: [String]) -> String {
        guard var prefix = strings.first.map(Array.init) else { return "" }
        for string in strings.dropFirst() {
            let characters = Array(string)
            var n = 0
            while n < prefix.count, n < characters.count, prefix[n] == characters[n] { n += 1 }
            prefix.removeLast(prefix.count - n)
        }
        return String(prefix)
    }

    /// File-system candidates for a typed path (`~` allowed; hidden files only when asked for).
    public static func pathCandidates(typed: String, home: String? = nil,
                                      currentDirectory: String = FileManager.default.currentDirectoryPath) -> [Candidate] {
        let slash = typed.lastIndex(of: "/")
        let folderPart = slash.map { String(typed[...$0]) } ?? ""
        let namePrefix = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        var folder = folderPart.isEmpty ? currentDirectory : folderPart
        if folder.hasPrefix("~"), let home = home ?? ProcessInfo.processInfo.environment["HOME"] {
            folder = home + folder.dropFirst()
        } else if !folder.hasPrefix("/") {
            folder = currentDirectory + "/" + folder
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted()
            .filter { $0.hasPrefix(namePrefix) && (namePrefix.hasPrefix(".") || !$0.hasPrefix(".")) }
            .map { name in
                var isFolder: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
                let suffix = isFolder.boolValue ? "/" : ""
                return Candidate(word: folderPart + name + suffix, display: name + suffix, isFinal: !isFolder.boolValue)
            }
    }
}
