/// `cloud exclude`: words named as the `cloud` listing shows them.
extension Desk {
    /// Several words (`matters handles beat`, or with commas) or phrases the cloud shows (`Claude in
    /// Excel`), each of which must be in the cloud: a word it does not show is
    /// refused, not silently kept. Each is logged as the key the cloud matches (`files` shown as
    /// the plural of `file` is logged as `file`), so the exclusion takes.
    func decideCloudExclude(_ text: String) throws(CommandError) -> Decision {
        let draft = state.draft
        let day = tweets.values.sorted { $0.id < $1.id }
        let keys = CloudWords().exclusionKeys(for: draft, tweets: day)
        func key(_ word: String) -> String? { keys[CloudWords.fold(word)] }
        // Several words, each the longest run of typed words the cloud shows (`Claude in Excel`).
        let typed = text.split { $0 == "," || $0.isWhitespace }.map(String.init)
        var words: [String] = [], unknown: [String] = []
        var i = 0
        while i < typed.count {
            let end = (i + 1...typed.count).reversed().first { key(typed[i..<$0].joined(separator: " ")) != nil }
            if let end {
                words.append(typed[i..<end].joined(separator: " "))
                i = end
            } else {
                unknown.append(typed[i])
                i += 1
            }
        }
        guard unknown.isEmpty else { throw .notInCloud(unknown) }
        let excluded = Set(draft.cloud.excluded.map(CloudWords.fold))
        var events: [SessionEvent] = []
        var named: [String] = []
        for word in words {
            guard let key = key(word), !excluded.contains(CloudWords.fold(key)),
                  !events.contains(.cloudWordExcluded(word: key)) else { continue }
            events.append(.cloudWordExcluded(word: key))
            named.append("'\(word)'")
        }
        guard !events.isEmpty else {
            throw .unchanged(words.count == 1 ? "'\(words[0])' is already excluded" : "already excluded: " + words.joined(separator: ", "))
        }
        return .change(events, message: "the word cloud leaves out " + named.joined(separator: ", "))
    }
}
