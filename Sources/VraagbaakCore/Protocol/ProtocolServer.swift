import Foundation
import Logging

/// Vraagbaak as a JSON-RPC 2.0 server (and an MCP tool server): one request
/// line in, at most one reply line out.
///
/// The server is a value that knows nothing of streams, so tests drive it by
/// handing it lines and reading the replies; `run(input:output:)` connects it
/// to file descriptors. This file is the one error boundary: whatever goes
/// wrong with a line or a request becomes a JSON-RPC error reply, and no line,
/// however bad, ends the server. Only `shutdown` and the end of input do.
public struct ProtocolServer: Sendable {
    /// Every method the server answers, as listed in docs/protocol.md.
    public static let methods = [
        "ask", "search", "sources", "stats", "reload", "ping", "shutdown",
        "initialize", "notifications/initialized", "tools/list", "tools/call",
    ]

    public let configuration: ProtocolConfiguration
    public internal(set) var vraagbaak: Vraagbaak
    public internal(set) var sessions: SessionStore
    /// Set once `shutdown` was handled: the caller replies, then stops reading.
    public internal(set) var isShuttingDown = false
    let logger: Logger
    /// The question log of `--log`; `nil` writes no question anywhere.
    public var questionLog: QuestionLog?
    let clock: @Sendable () -> Date

    /// - Parameter clock: the time sessions are stamped with; tests pass their own to expire sessions.
    public init(
        vraagbaak: Vraagbaak, configuration: ProtocolConfiguration = ProtocolConfiguration(),
        logger: Logger = Logger(label: "vraagbaak.serve"), clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.vraagbaak = vraagbaak
        self.configuration = configuration
        self.logger = logger
        self.clock = clock
        sessions = SessionStore(policy: configuration.sessions)
    }

    /// Handles one line as the line reader gave it.
    public mutating func handle(_ line: LineReader.Line) -> String? {
        switch line {
        case .tooLong: return Self.line(Self.errorReply(id: .null, .lineTooLong(limit: configuration.maximumLineLength)))
        case .bytes(let bytes): return handle(bytes: bytes)
        }
    }

    /// Handles the bytes of one line (without its newline).
    public mutating func handle(bytes: [UInt8]) -> String? {
        // Decoding repairs bad sequences with U+FFFD, so the text differs from the bytes exactly when they are
        // not valid UTF-8. (`String(validating:as:)` would say it directly, but needs macOS 15.)
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.elementsEqual(bytes) else {
            return Self.line(Self.errorReply(id: .null, .invalidUTF8))
        }
        return handle(text)
    }

    /// Handles one line of text: a request, a notification or a batch.
    /// Returns the reply line, or nil when nothing is to be replied (a
    /// notification, a batch of notifications, a blank line).
    public mutating func handle(_ text: String) -> String? {
        if text.allSatisfy(\.isWhitespace) { return nil }
        let value: JSONValue
        do {
            value = try JSONValue(parsing: Data(text.utf8))
        } catch {
            return Self.line(Self.errorReply(id: .null, .parseError))
        }
        guard case .array(let batch) = value else {
            return respond(to: value).map(Self.line)
        }
        if batch.isEmpty {
            return Self.line(Self.errorReply(id: .null, .invalidRequest("a batch must hold at least one request")))
        }
        var replies: [JSONValue] = []
        for item in batch {
            if let reply = respond(to: item) { replies.append(reply) }
        }
        return replies.isEmpty ? nil : Self.line(.array(replies))
    }

    /// The reply to one request object, or nil for a notification.
    mutating func respond(to value: JSONValue) -> JSONValue? {
        let request: RPCRequest
        do {
            request = try RPCRequest(value)
        } catch {
            return Self.errorReply(id: error.id, error.error)
        }
        let started = DispatchTime.now().uptimeNanoseconds
        let reply: JSONValue
        do {
            if isShuttingDown { throw RPCError.shuttingDown }
            reply = Self.resultReply(id: request.id ?? .null, try call(request))
        } catch let error as RPCError {
            reply = Self.errorReply(id: request.id ?? .null, error)
        } catch {
            logger.error("Internal error in '\(request.method)': \(error.localizedDescription)")
            reply = Self.errorReply(id: request.id ?? .null, .internalError)
        }
        let took = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        logger.debug("\(request.method) took \(String(format: "%.2f", took)) ms")
        return request.isNotification ? nil : reply
    }

    /// Runs one method. Its parameters were checked to be an object; each
    /// method checks their names and types.
    mutating func call(_ request: RPCRequest) throws -> JSONValue {
        let params = ParameterReader(params: request.params)
        switch request.method {
        case "ask": return try ask(params)
        case "search": return try search(params)
        case "sources": return try sources(params)
        case "stats": return try stats(params)
        case "reload": return try reload(params)
        case "ping":
            try params.rejectUnknown(besides: [])
            return [:]
        case "shutdown":
            try params.rejectUnknown(besides: [])
            isShuttingDown = true
            logger.info("Shutting down on request.")
            return [:]
        case "initialize": return initialize(params)
        case "notifications/initialized": return [:]
        case "tools/list": return toolsList()
        case "tools/call": return try toolsCall(params)
        default: throw RPCError.methodNotFound(request.method)
        }
    }

    static func resultReply(id: JSONValue, _ result: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "id": id, "result": result]
    }

    static func errorReply(id: JSONValue, _ error: RPCError) -> JSONValue {
        ["jsonrpc": "2.0", "id": id, "error": error.json]
    }

    /// One reply as a line; a value that cannot be encoded (it can only hold
    /// strings, numbers and the like, so this should not happen) becomes an
    /// internal error rather than silence.
    static func line(_ reply: JSONValue) -> String {
        if let line = try? reply.encodedLine() { return line }
        return #"{"error":{"code":-32603,"message":"Internal error: the reply could not be encoded."},"id":null,"jsonrpc":"2.0"}"#
    }
}
