import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An HTTP/1.1 server on 127.0.0.1 that answers each request with a sequence of steps.
///
/// It runs on its own thread over POSIX sockets, on an ephemeral port, one connection at a time,
/// and closes every connection after its answer. Request N gets `scripts[N]` (the last script
/// repeats), or what `handler` makes of it. It records what it was sent, so tests can check
/// headers and bodies.
public final class FakeHTTPServer: @unchecked Sendable {
    /// One thing the server does while answering.
    public enum Step: Sendable {
        case send(Data)
        /// Waits, so the next `send` reaches the client as a separate read.
        case pause(TimeInterval)
        /// Never answers: waits until the client gives up or the server stops.
        case hang
    }

    public struct Request: Sendable {
        public var method: String
        public var path: String
        public var headers: [String: String]
        public var body: Data
        public var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }
    }

    public let port: UInt16
    private let listener: Int32
    /// The steps that answer request N (0-based), given the request.
    private let handler: @Sendable (Int, Request) -> [Step]
    private let lock = NSLock()
    private var recorded: [Request] = []
    private var stopped = false
    private let finished = DispatchSemaphore(value: 0)

    public convenience init(scripts: [[Step]]) throws {
        precondition(!scripts.isEmpty)
        try self.init { index, _ in scripts[min(index, scripts.count - 1)] }
    }

    public init(handler: @escaping @Sendable (Int, Request) -> [Step]) throws {
        self.handler = handler
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EMFILE) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 8) == 0 else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    public convenience init(_ steps: [Step]) throws { try self.init(scripts: [steps]) }

    /// `http://127.0.0.1:PORT/v1`.
    public var baseURL: String { "\(root)/v1" }

    /// `http://127.0.0.1:PORT`.
    public var root: String { "http://127.0.0.1:\(port)" }

    public var requests: [Request] { lock.withLock { recorded } }

    private var isStopped: Bool { lock.withLock { stopped } }

    /// Stops accepting, ends any hanging answer and waits for the thread.
    public func stop() {
        let already = lock.withLock { () -> Bool in
            defer { stopped = true }
            return stopped
        }
        guard !already else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        finished.wait()
        close(listener)
    }

    deinit { stop() }

    private func serve() {
        defer { finished.signal() }
        var index = 0
        while !isStopped {
            guard wait(for: listener, events: Int16(POLLIN)) else { continue }
            let client = accept(listener, nil, nil)
            if client < 0 { if isStopped { return } else { continue } }
            if let request = readRequest(client) {
                lock.withLock { recorded.append(request) }
                run(handler(index, request), on: client)
                index += 1
            }
            shutdown(client, Int32(SHUT_RDWR))
            close(client)
        }
    }

    /// Polls briefly so a stop is noticed; true when `fd` is ready.
    private func wait(for fd: Int32, events: Int16) -> Bool {
        var entry = pollfd(fd: fd, events: events, revents: 0)
        return poll(&entry, 1, 20) > 0
    }

    private func readRequest(_ fd: Int32) -> Request? {
        var buffer = Data()
        let separator = Data("\r\n\r\n".utf8)
        var headEnd: Range<Data.Index>?
        while headEnd == nil {
            guard let chunk = receive(fd) else { return nil }
            buffer.append(chunk)
            headEnd = buffer.range(of: separator)
        }
        let head = String(decoding: buffer[..<headEnd!.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        if headers["expect"]?.lowercased() == "100-continue" {
            sendAll(fd, Data("HTTP/1.1 100 Continue\r\n\r\n".utf8))
        }
        var body = Data(buffer[headEnd!.upperBound...])
        let length = Int(headers["content-length"] ?? "0") ?? 0
        while body.count < length {
            guard let chunk = receive(fd) else { return nil }
            body.append(chunk)
        }
        return Request(
            method: requestLine.first.map(String.init) ?? "", path: requestLine.dropFirst().first.map(String.init) ?? "",
            headers: headers, body: body)
    }

    /// Reads what is there (waiting up to 5 s); nil when the peer closed or the server stopped.
    private func receive(_ fd: Int32) -> Data? {
        let deadline = Date().addingTimeInterval(5)
        while !wait(for: fd, events: Int16(POLLIN)) {
            if isStopped || Date() > deadline { return nil }
        }
        var bytes = [UInt8](repeating: 0, count: 65536)
        let count = recv(fd, &bytes, bytes.count, 0)
        return count > 0 ? Data(bytes[0..<count]) : nil
    }

    private func run(_ steps: [Step], on fd: Int32) {
        for step in steps {
            switch step {
            case .send(let data):
                sendAll(fd, data)
            case .pause(let seconds):
                Thread.sleep(forTimeInterval: seconds)
            case .hang:
                // Until the client hangs up (a read returns 0) or the test stops the server.
                var byte: UInt8 = 0
                while !isStopped {
                    if wait(for: fd, events: Int16(POLLIN)), recv(fd, &byte, 1, 0) <= 0 { return }
                }
            }
        }
    }

    private func sendAll(_ fd: Int32, _ data: Data) {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let sent = send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if sent <= 0 { return }
                offset += sent
            }
        }
    }
}

extension FakeHTTPServer.Step {
    /// A whole response with a body and `Connection: close`.
    public static func response(status: Int, headers: [String: String] = [:], body: String) -> FakeHTTPServer.Step {
        let reason = [200: "OK", 401: "Unauthorized", 429: "Too Many Requests", 500: "Internal Server Error",
                      503: "Service Unavailable", 404: "Not Found", 403: "Forbidden", 400: "Bad Request"][status] ?? "Status"
        var head = "HTTP/1.1 \(status) \(reason)\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        return .send(Data((head + "\r\n" + body).utf8))
    }

    /// The head of an event stream (its body ends when the connection closes).
    public static let streamHead = FakeHTTPServer.Step.send(Data(
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n".utf8))

    /// `body` sent in pieces of the given sizes (cycled), each a separate read.
    public static func chunked(_ body: String, sizes: [Int]) -> [FakeHTTPServer.Step] {
        let bytes = Array(body.utf8)
        var steps: [FakeHTTPServer.Step] = []
        var start = 0
        var index = 0
        while start < bytes.count {
            let end = min(start + sizes[index % sizes.count], bytes.count)
            steps.append(.send(Data(bytes[start..<end])))
            steps.append(.pause(0.001))
            start = end
            index += 1
        }
        return steps
    }
}

/// The chat tests' name for the server.
public typealias FakeChatServer = FakeHTTPServer
