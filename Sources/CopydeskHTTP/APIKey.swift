/// A secret API key that never prints itself.
///
/// `description`, `debugDescription` and reflection all show `<redacted>`, so a key that slips into
/// a log line, an error or a `dump` stays hidden. Only `bearerValue` reveals it, for the header.
public struct APIKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    private let secret: String

    public init?(_ secret: String) {
        let trimmed = secret.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        self.secret = trimmed
    }

    /// The `Authorization` header's value.
    public var bearerValue: String { "Bearer \(secret)" }

    /// Replaces every occurrence of the key in `text` (a server may echo it back in an error).
    public func scrub(_ text: String) -> String {
        text.replacingOccurrences(of: secret, with: "<redacted>")
    }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "APIKey(<redacted>)" }
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}

import Foundation
