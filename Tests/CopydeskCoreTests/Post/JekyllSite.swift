import Foundation

/// A minimal Jekyll site in a temporary folder, built with the system's `jekyll` (Debian's 4.3.1).
struct JekyllSite {
    let root: URL

    /// Markers that appear in the built pages only if Liquid ran on tweet text.
    static let configCanary = "SITE_CONFIG_CANARY_7d1f"
    static let includeCanary = "INCLUDE_CANARY_4b2e"

    init(root: URL) throws {
        self.root = root
        try write("_config.yml", """
            title: copydesk test site
            timezone: Asia/Shanghai
            canary: \(Self.configCanary)
            """)
        try write("_layouts/post.html", """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>{{ page.title }}</title></head>
            <body>
            {{ content }}
            </body></html>
            """)
        try write("_includes/canary.html", Self.includeCanary)
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    /// Jekyll is missing: these tests fail (never skip) and say how to get it.
    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "jekyll is not installed: run `make test` (it installs Debian's jekyll) or `apt-get install jekyll`."
        }
    }

    /// The `jekyll` on PATH, or a `Missing` error.
    static func requireJekyll() throws -> String {
        guard let path = jekyll() else { throw Missing() }
        return path
    }

    /// The `jekyll` on PATH, or nil.
    static func jekyll() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/jekyll" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `jekyll build` on the site; returns its exit status and everything it printed.
    func build(jekyll: String, timeout: TimeInterval = 120) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: jekyll)
        process.arguments = ["build", "--source", root.path, "--destination", root.appendingPathComponent("_site").path]
        process.currentDirectoryURL = root
        let log = root.appendingPathComponent("jekyll.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try handle.close()
        return (process.terminationStatus, try String(contentsOf: log, encoding: .utf8))
    }
}

/// What a reader sees in a built page: tags removed, entities decoded, spaces folded.
enum PageText {
    static func visible(_ html: String) -> String {
        // Inline tags join their text; block tags separate it.
        var text = html.replacing(/<\/?(?:strong|em|a|code|span)\b[^>]*>/, with: "")
        text = text.replacing(/<[^>]*>/, with: " ")
        text = text.replacing(/&#(\d+);/) { m in
            Int(m.output.1).flatMap(UnicodeScalar.init).map { String(Character($0)) } ?? ""
        }
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: char)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Every tag's `src` value of every `<img>`.
    static func imageSources(_ html: String) -> [String] {
        html.matches(of: /<img[^>]*\ssrc="([^"]*)"/).map { String($0.output.1) }
    }

    /// The text of every heading, `h2 词云分析`.
    static func headings(_ html: String) -> [String] {
        html.matches(of: /<h([1-6])[^>]*>(.*?)<\/h\1>/).map { "h\($0.output.1) " + visible(String($0.output.2)) }
    }
}
