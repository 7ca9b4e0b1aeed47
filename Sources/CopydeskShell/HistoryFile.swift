import Foundation

/// Where the shell's history lives across sessions: the XDG state folder.
public enum HistoryFile {
    /// `$XDG_STATE_HOME/copydesk/history`, or `~/.local/state/copydesk/history` when that is unset or
    /// not absolute (as the XDG spec says); nil without a home folder.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/copydesk/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/copydesk/history"
    }
}
