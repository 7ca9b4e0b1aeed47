import Foundation

/// The image formats a cloud is written in; the output file's extension picks one.
public enum ImageFormat: String, Sendable, Hashable, CaseIterable {
    case jpeg, png

    /// `.jpg`/`.jpeg` or `.png` (case-insensitive); nil for anything else.
    public init?(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "jpg", "jpeg": self = .jpeg
        case "png": self = .png
        default: return nil
        }
    }
}
