import Foundation

/// The terminal's settings, saved and put back around a program that may leave them changed.
enum TerminalState {
    static func preserving<T>(_ body: () -> T) -> T {
        var saved = termios()
        let haveSaved = tcgetattr(0, &saved) == 0
        let result = body()
        if haveSaved { tcsetattr(0, TCSADRAIN, &saved) }
        return result
    }
}
