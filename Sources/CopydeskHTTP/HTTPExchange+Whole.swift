import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension HTTPExchange {
    /// A whole response: its status, its headers (names in lower case) and its body.
    public struct Response: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: Data
    }

    /// Sends `request` and reads the whole answer; cancelling the calling task cancels the request.
    /// - Throws: `IdleTimeout` when nothing came for `idleTimeout` seconds, else what URLSession threw.
    public static func load(_ request: URLRequest, idleTimeout: TimeInterval) async throws -> Response {
        let exchange = HTTPExchange(request: request, idleTimeout: idleTimeout)
        var response = Response(status: 0, headers: [:], body: Data())
        defer { exchange.cancel() }
        try await withTaskCancellationHandler {
            for try await event in exchange.events {
                switch event {
                case .head(let status, let headers):
                    response.status = status
                    response.headers = headers
                case .bytes(let data):
                    response.body.append(data)
                }
            }
        } onCancel: {
            exchange.cancel()
        }
        try Task.checkCancellation()
        return response
    }
}
