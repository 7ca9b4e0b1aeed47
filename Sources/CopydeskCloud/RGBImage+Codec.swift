internal import CJPEG
internal import CPNG
import Foundation

/// Encoding through libjpeg-turbo and libpng, and decoding back (for checks and tests).
extension RGBImage {
    /// The image encoded: libjpeg-turbo (baseline, 4:2:0) or libpng's `png_image` API.
    public func encoded(as format: ImageFormat, quality: Int = 90) throws(CloudError) -> Data {
        var message = [CChar](repeating: 0, count: 256)
        var output: UnsafeMutablePointer<UInt8>?
        let failed: Int32
        var size = 0
        switch format {
        case .jpeg:
            var jpegSize: UInt = 0
            failed = copydesk_jpeg_encode_rgb(
                pixels, UInt32(width), UInt32(height), Int32(quality), &output, &jpegSize, &message, message.count)
            size = Int(jpegSize)
        case .png:
            failed = copydesk_png_encode_rgb(pixels, UInt32(width), UInt32(height), &output, &size, &message, message.count)
        }
        guard failed == 0, let output else {
            free(output)
            throw .encodingFailed(format: format.rawValue, message: Self.text(message))
        }
        // The C side malloc'd the buffer: hand it to Data, which frees it.
        return Data(bytesNoCopy: output, count: size, deallocator: .free)
    }

    /// Decodes a JPEG or PNG (told apart by its magic bytes) back into RGB pixels.
    public static func decode(_ data: Data) throws(CloudError) -> RGBImage {
        guard let format = sniff(data) else { throw .decodingFailed(format: "image", message: "neither JPEG nor PNG magic bytes") }
        var message = [CChar](repeating: 0, count: 256)
        var output: UnsafeMutablePointer<UInt8>?
        var width: UInt32 = 0, height: UInt32 = 0
        let failed = data.withUnsafeBytes { raw -> Int32 in
            let bytes = raw.bindMemory(to: UInt8.self).baseAddress
            switch format {
            case .jpeg: return copydesk_jpeg_decode_rgb(bytes, UInt(data.count), &width, &height, &output, &message, message.count)
            case .png: return copydesk_png_decode_rgb(bytes, data.count, &width, &height, &output, &message, message.count)
            }
        }
        guard failed == 0, let output else {
            free(output)
            throw .decodingFailed(format: format.rawValue, message: text(message))
        }
        defer { free(output) }
        let count = Int(width) * Int(height) * 3
        return RGBImage(width: Int(width), height: Int(height), pixels: Array(UnsafeBufferPointer(start: output, count: count)))
    }

    /// The format the data's first bytes announce: FF D8 FF (JPEG) or 89 'PNG' (PNG).
    public static func sniff(_ data: Data) -> ImageFormat? {
        let head = [UInt8](data.prefix(4))
        if head.count >= 3, head[0] == 0xFF, head[1] == 0xD8, head[2] == 0xFF { return .jpeg }
        if head == [0x89, 0x50, 0x4E, 0x47] { return .png }
        return nil
    }

    private static func text(_ message: [CChar]) -> String {
        let bytes = message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.isEmpty ? "unknown error" : text
    }
}
