import CopydeskCore
import Foundation

/// Comparing the input files a session started from with the ones at hand.
public enum SessionInputs {
    /// What differs, one line per file; empty when every recorded input is present with the same bytes.
    public static func differences(recorded: [SessionHeader.Input], current: [SessionHeader.Input]) -> [String] {
        var problems: [String] = []
        for input in recorded where !current.contains(where: { $0.sha256 == input.sha256 && $0.size == input.size }) {
            if let now = current.first(where: { $0.path == input.path }) {
                problems.append("\(input.path): was \(input.size) bytes, SHA-256 \(input.sha256.prefix(12))…; "
                    + "now \(now.size) bytes, SHA-256 \(now.sha256.prefix(12))…")
            } else {
                problems.append("\(input.path): missing (SHA-256 \(input.sha256.prefix(12))…, \(input.size) bytes)")
            }
        }
        for input in current where !recorded.contains(where: { $0.sha256 == input.sha256 && $0.size == input.size })
            && !recorded.contains(where: { $0.path == input.path }) {
            problems.append("\(input.path): not an input of the session")
        }
        return problems
    }
}
