import Foundation

/// `$VISUAL` or `$EDITOR` on a temporary file holding a text, for texts too long for one line.
public struct ExternalEditor: Sendable {
    /// The command line, run through `/bin/sh` with the file's path as its last argument.
    public var command: String
    /// Where the temporary file goes.
    public var folder: String = NSTemporaryDirectory()

    public init(command: String) {
        self.command = command
    }

    /// `$VISUAL`, else `$EDITOR`, else `vi`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let named = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty }
        self.command = named ?? "vi"
    }

    /// Why an edit came to nothing.
    public enum Failure: Error, Equatable, Sendable {
        case cannotWrite(String)
        case editorFailed(command: String, status: Int32?)
        case unchanged

        public var message: String {
            switch self {
            case .cannotWrite(let path): "cannot write the temporary file \(path)."
            case .editorFailed(let command, let status?): "the editor `\(command)` exited with status \(status); nothing changed."
            case .editorFailed(let command, nil): "cannot start the editor `\(command)`; set $VISUAL or $EDITOR."
            case .unchanged: "the text came back unchanged; nothing to do."
            }
        }
    }

    /// Opens the editor on `text` and returns what it saved (without the final newline editors add).
    /// The terminal's settings are restored after the editor exits, whatever it did to them.
    public func edit(_ text: String, fileExtension: String = "txt") throws(Failure) -> String {
        let path = (folder as NSString).appendingPathComponent("copydesk-\(UUID().uuidString.prefix(8)).\(fileExtension)")
        let original = text.hasSuffix("\n") ? text : text + "\n"
        guard FileManager.default.createFile(atPath: path, contents: Data(original.utf8)) else {
            throw .cannotWrite(path)
        }
        defer { unlink(path) }
        let status = TerminalState.preserving {
            Subprocess.run(command + " \"$1\"", arguments: [path])
        }
        guard status == 0 else { throw .editorFailed(command: command, status: status) }
        let edited = (try? String(contentsOfFile: path, encoding: .utf8)) ?? original
        guard edited != original else { throw .unchanged }
        return edited.hasSuffix("\n") ? String(edited.dropLast()) : edited
    }
}
