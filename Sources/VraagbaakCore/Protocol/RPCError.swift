/// A JSON-RPC 2.0 error object, and the one table of the codes Vraagbaak's
/// server replies with.
///
/// Every failure a request can meet maps to exactly one code here, so the
/// protocol has one error boundary and docs/protocol.md one table to mirror.
/// The codes from -32700 to -32600 are JSON-RPC's own; -32001 to -32005 are
/// Vraagbaak's, in the range the specification leaves to applications.
public struct RPCError: Error, Sendable, Hashable {
    public var code: Int
    public var message: String
    /// Machine-readable detail: `{"param": name}` for invalid params, limits for the size errors.
    public var data: JSONValue?

    public init(code: Int, message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    public var json: JSONValue {
        var fields: [String: JSONValue] = ["code": .count(code), "message": .string(message)]
        if let data { fields["data"] = data }
        return .object(fields)
    }

    /// The line is not JSON. Always replied to with id null.
    public static let parseErrorCode = -32700
    public static let invalidRequestCode = -32600
    public static let methodNotFoundCode = -32601
    public static let invalidParamsCode = -32602
    public static let internalErrorCode = -32603
    /// The question (or search query) is longer than the limit.
    public static let questionTooLongCode = -32001
    /// The line is longer than the limit; it was discarded unread.
    public static let lineTooLongCode = -32002
    /// The line is not valid UTF-8.
    public static let invalidUTF8Code = -32003
    /// `reload` could not open the knowledge folder; the old knowledge stays in use.
    public static let reloadFailedCode = -32004
    /// A request came after `shutdown` in the same batch.
    public static let shuttingDownCode = -32005

    public static let parseError = RPCError(
        code: parseErrorCode, message: "Parse error: the line is not valid JSON. Send one JSON-RPC request a line.")

    public static func invalidRequest(_ reason: String) -> RPCError {
        RPCError(code: invalidRequestCode, message: "Invalid request: \(reason).")
    }

    public static func methodNotFound(_ method: String) -> RPCError {
        RPCError(
            code: methodNotFoundCode,
            message: "Method not found: '\(method.prefix(100))'. Known methods: \(ProtocolServer.methods.joined(separator: ", ")).",
            data: ["method": .string(String(method.prefix(100)))])
    }

    /// A parameter is missing or wrong; `param` names it (dotted for nested ones, as in `arguments.question`).
    public static func invalidParams(_ param: String, _ reason: String) -> RPCError {
        RPCError(
            code: invalidParamsCode, message: "Invalid params: '\(param)' \(reason).", data: ["param": .string(param)])
    }

    public static let internalError = RPCError(
        code: internalErrorCode, message: "Internal error: the request could not be handled; the server goes on.")

    public static func questionTooLong(_ param: String, length: Int, limit: Int) -> RPCError {
        RPCError(
            code: questionTooLongCode,
            message: "'\(param)' is \(length) characters long; the limit is \(limit). Ask a shorter question.",
            data: ["param": .string(param), "length": .count(length), "limit": .count(limit)])
    }

    public static func lineTooLong(limit: Int) -> RPCError {
        RPCError(
            code: lineTooLongCode,
            message: "The line is longer than \(limit) bytes and was discarded. Send one request a line, each under the limit.",
            data: ["limit": .count(limit)])
    }

    public static let invalidUTF8 = RPCError(
        code: invalidUTF8Code, message: "The line is not valid UTF-8 and was discarded. Send requests as UTF-8 JSON.")

    public static func reloadFailed(_ reason: String) -> RPCError {
        RPCError(
            code: reloadFailedCode,
            message: "Reload failed: \(reason) The knowledge opened before stays in use.")
    }

    public static let shuttingDown = RPCError(
        code: shuttingDownCode, message: "The server is shutting down and takes no more requests.")
}
