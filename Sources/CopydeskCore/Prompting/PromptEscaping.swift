/// Makes untrusted text safe to place between the prompt's `<tweet …>` and `</tweet>` tags.
///
/// Tweets are data: escaping `&`, `<`, `>` and `"` means no tweet can close its tag, open a new
/// one, or break out of an attribute; control characters (other than newline and tab) go too.
public enum PromptEscaping {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        for scalar in normalized.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n", "\t": result.unicodeScalars.append(scalar)
            case "\r": result += "\n"
            default:
                // C0/C1 controls and the bidi overrides that can hide text from a reader.
                if scalar.isHiddenControl { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Undoes `escape`'s entities in a model's answer, which may copy them from the data.
    public static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

import Foundation
