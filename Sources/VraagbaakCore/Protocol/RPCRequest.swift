import Foundation

/// One JSON-RPC 2.0 request, checked field by field.
///
/// Reading a request can fail in two ways that must be told apart: a line
/// that is not JSON (a parse error) and JSON that is not a request (an
/// invalid request). This type only does the second; the id it recovers from
/// a bad request is echoed when it is a valid id, as the specification asks.
public struct RPCRequest: Sendable, Hashable {
    /// nil for a notification, which gets no reply.
    public var id: JSONValue?
    public var method: String
    /// The named parameters; an absent `params` reads as an empty object.
    public var params: [String: JSONValue]

    public var isNotification: Bool { id == nil }

    /// Reads a request, or throws the error to reply with and the id to reply to.
    public init(_ value: JSONValue) throws(RequestFailure) {
        guard case .object(let fields) = value else {
            throw RequestFailure(id: .null, error: .invalidRequest("a request must be a JSON object"))
        }
        var id: JSONValue?
        if let given = fields["id"] {
            switch given {
            case .string, .integer, .number, .null: id = given
            default:
                throw RequestFailure(id: .null, error: .invalidRequest("'id' must be a string, a number or null"))
            }
        }
        let replyID = id ?? .null
        guard fields["jsonrpc"] == .string("2.0") else {
            throw RequestFailure(id: replyID, error: .invalidRequest("'jsonrpc' must be \"2.0\""))
        }
        guard case .string(let method) = fields["method"] else {
            throw RequestFailure(id: replyID, error: .invalidRequest("'method' must be a string"))
        }
        switch fields["params"] {
        case nil: params = [:]
        case .object(let named): params = named
        case .array:
            throw RequestFailure(
                id: replyID, error: .invalidParams("params", "must be an object of named parameters, not an array"))
        default:
            throw RequestFailure(id: replyID, error: .invalidRequest("'params' must be an object or an array"))
        }
        self.id = id
        self.method = method
    }

    /// A request that could not be read, and the id its error reply goes to.
    public struct RequestFailure: Error, Sendable {
        public var id: JSONValue
        public var error: RPCError
    }
}

/// Reads typed parameters, throwing `invalidParams` errors that name the parameter.
struct ParameterReader {
    var params: [String: JSONValue]
    /// Prefixed to parameter names in errors, as in `arguments.`.
    var prefix = ""

    func name(_ key: String) -> String { prefix + key }

    func string(_ key: String) throws(RPCError) -> String? {
        switch params[key] {
        case nil, .null?: return nil
        case .string(let value)?: return value
        default: throw .invalidParams(name(key), "must be a string")
        }
    }

    func requiredText(_ key: String, limit: Int) throws(RPCError) -> String {
        guard let value = try string(key) else { throw .invalidParams(name(key), "is required") }
        if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw .invalidParams(name(key), "must not be empty")
        }
        let length = value.count
        if length > limit { throw .questionTooLong(name(key), length: length, limit: limit) }
        return value
    }

    func integer(_ key: String, in range: ClosedRange<Int>) throws(RPCError) -> Int? {
        let value: Int
        switch params[key] {
        case nil, .null?: return nil
        case .integer(let given)?: value = Int(clamping: given)
        case .number(let given)? where given == given.rounded() && abs(given) < 1e15: value = Int(given)
        default: throw .invalidParams(name(key), "must be an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        guard range.contains(value) else {
            throw .invalidParams(name(key), "must be an integer from \(range.lowerBound) to \(range.upperBound), not \(value)")
        }
        return value
    }

    /// Rejects parameters the method does not know, so a misspelt one is not silently ignored.
    func rejectUnknown(besides known: Set<String>) throws(RPCError) {
        if let unknown = params.keys.sorted().first(where: { !known.contains($0) }) {
            throw .invalidParams(name(unknown), "is not a parameter of this method (known: \(known.sorted().joined(separator: ", ")))")
        }
    }
}
