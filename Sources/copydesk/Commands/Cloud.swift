import ArgumentParser
import CopydeskCloud
import CopydeskCore
import CopydeskStore
import Foundation

/// `copydesk cloud FREQ.tsv --out FILE`: renders a word cloud from a `word<TAB>count` file.
struct Cloud: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render a word cloud from a word<TAB>count file.",
        discussion: "The image format follows the extension of --out: .jpg/.jpeg or .png.")

    @Argument(help: "A word<TAB>count file, one word a line.")
    var frequencies: String

    @Option(help: "The image to write (.jpg, .jpeg or .png).")
    var out: String

    @OptionGroup var style: CloudStyleOptions

    @Flag(help: "Print words placed, the face used and the time from layout to written file on stderr.")
    var stats = false

    func validate() throws {
        guard ImageFormat(path: out) != nil else {
            throw ValidationError("--out \(out): name the image .jpg, .jpeg or .png; the format follows the extension.")
        }
        try style.validate()
    }

    func run() async throws {
        let text: String
        do {
            text = try String(contentsOfFile: frequencies, encoding: .utf8)
        } catch {
            throw Self.fail("cannot read \(frequencies): \((error as NSError).localizedDescription)", code: 66)
        }
        let counts: [WordCount]
        do {
            counts = try FrequencyTable.parse(text, file: frequencies)
        } catch {
            throw Self.fail(error.description, code: 65)
        }
        let options = try style.cloudOptions()
        do {
            let clock = ContinuousClock()
            let start = clock.now, startCPU = Self.threadCPUSeconds()
            let cloud = try WordCloud(counts, options: options)
            let image = try cloud.rendered().encoded(as: ImageFormat(path: out) ?? .jpeg, quality: options.jpegQuality)
            do {
                try AtomicFile.write(image, to: out)
            } catch {
                // A folder that cannot hold the image is 73, a full disk 74: the table in --help.
                throw Self.fail(error.description, code: ExitStatus.code(for: error))
            }
            if stats {
                let elapsed = start.duration(to: clock.now)
                let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
                let cpu = (Self.threadCPUSeconds() - startCPU) * 1000
                let line = "placed \(cloud.words.count) of \(min(counts.count, options.maxWords)) words with \(cloud.font) "
                    + "in \(String(format: "%.1f", ms)) ms, cpu \(String(format: "%.1f", cpu)) ms (layout, paint, encode, write)"
                Streams.error(line)
            }
            if !cloud.skippedWords.isEmpty {
                let words = cloud.skippedWords.map { $0.count > 40 ? String($0.prefix(40)) + "…" : $0 }
                Streams.error("copydesk: warning: left out (no glyphs, or too long): \(words.joined(separator: ", "))")
            }
        } catch let failed as ExitCode {
            throw failed
        } catch {
            throw Self.fail("\(error)", code: 1)
        }
        try Streams.line(out)
    }

    /// Prints the message once on stderr and gives the exit code to end with.
    private static func fail(_ message: String, code: Int32) -> ExitCode {
        Streams.error("copydesk: \(message)")
        return ExitCode(code)
    }

    /// This thread's CPU time: unlike wall time, not inflated when other processes share the cores.
    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
