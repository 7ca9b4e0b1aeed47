import Foundation
import TestSupport
import Testing
@testable import CopydeskCloud

/// JPEG through libjpeg-turbo and PNG through libpng's png_image API: files decode, errors come back.
@Suite struct RGBImageCodecTests {
    static func gradient(width: Int = 64, height: Int = 32) -> RGBImage {
        var pixels: [UInt8] = []
        for y in 0..<height {
            for x in 0..<width { pixels += [UInt8(x * 4 % 256), UInt8(y * 8 % 256), 128] }
        }
        return RGBImage(width: width, height: height, pixels: pixels)
    }

    @Test func pngRoundTripsExactly() throws {
        let image = Self.gradient()
        let data = try image.encoded(as: .png)
        #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(try RGBImage.decode(data) == image)
    }

    @Test func jpegDecodesToTheSameSizeAndNearlyTheSameColours() throws {
        let image = Self.gradient()
        let data = try image.encoded(as: .jpeg, quality: 95)
        #expect(Array(data.prefix(3)) == [0xFF, 0xD8, 0xFF])
        #expect(Array(data.suffix(2)) == [0xFF, 0xD9])
        let decoded = try RGBImage.decode(data)
        #expect(decoded.width == 64 && decoded.height == 32)
        let error = zip(decoded.pixels, image.pixels).map { abs(Int($0) - Int($1)) }.max() ?? 0
        #expect(error < 24)
    }

    @Test(arguments: ["cloud.jpg", "cloud.JPEG", "cloud.png"])
    func writtenFilesFollowTheExtensionAndDecode(name: String) throws {
        let folder = try Fixtures.temporaryFolder("cloud-codec")
        defer { try? FileManager.default.removeItem(at: folder) }
        var options = CloudOptions()
        options.width = 320
        options.height = 160
        let cloud = try WordCloud([.init("模型", 9), .init("agents", 5), .init("开源", 3)], options: options)
        let path = folder.appendingPathComponent(name).path
        try cloud.write(to: path)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(RGBImage.sniff(data) == ImageFormat(path: name))
        let decoded = try RGBImage.decode(data)
        #expect(decoded.width == 320 && decoded.height == 160)
    }

    @Test func unknownExtensionIsRefused() throws {
        let cloud = try WordCloud([.init("模型", 9)], options: { var o = CloudOptions(); o.width = 64; o.height = 32; return o }())
        #expect(throws: CloudError.unsupportedFormat(path: "/tmp/cloud.gif")) { try cloud.write(to: "/tmp/cloud.gif") }
    }

    @Test func libjpegErrorsComeBackInsteadOfExiting() {
        // An empty image makes libjpeg call its error handler; the default one would exit().
        let empty = RGBImage(width: 0, height: 0, pixels: [])
        #expect(throws: CloudError.self) { try empty.encoded(as: .jpeg) }
        var truncated = Data([0xFF, 0xD8, 0xFF, 0xE0])
        truncated.append(Data(repeating: 0x42, count: 64))
        #expect(throws: CloudError.self) { try RGBImage.decode(truncated) }
    }

    @Test func libpngErrorsComeBackToo() {
        let empty = RGBImage(width: 0, height: 0, pixels: [])
        #expect(throws: CloudError.self) { try empty.encoded(as: .png) }
        #expect(throws: CloudError.self) { try RGBImage.decode(Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0])) }
    }
}
