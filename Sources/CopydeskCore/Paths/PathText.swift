/// Path names as text, for what Foundation's `NSString` path methods get wrong.
///
/// On Linux `("s" as NSString).deletingLastPathComponent` traps (a one-character name, or one
/// followed by a slash), so `copydesk replay s/day.jsonl` crashed; these never trap.
public enum PathText {
    /// The folder a path names its last component in: `s/day.jsonl` → `s`, `s` → `""`, `/x` → `/`,
    /// `s//x` → `s`, `a/b/` → `a`. Empty when the path has no folder part (the current folder).
    public static func parent(_ path: String) -> String {
        var text = Substring(path)
        let absolute = text.hasPrefix("/")
        while text.count > 1, text.hasSuffix("/") { text.removeLast() }
        guard let slash = text.lastIndex(of: "/") else { return "" }
        var folder = text[..<slash]
        while folder.hasSuffix("/") { folder.removeLast() }
        return folder.isEmpty && absolute ? "/" : String(folder)
    }
}
