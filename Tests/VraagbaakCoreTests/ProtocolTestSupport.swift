import Foundation
import Testing
@testable import VraagbaakCore

/// A protocol server over the repository's knowledge (or a fixture folder),
/// fed one line at a time, with the replies parsed back into JSON.
final class ServerHarness {
    private let repository: RepositoryVraagbaak?
    var server: ProtocolServer

    init(configuration: ProtocolConfiguration = ProtocolConfiguration()) throws {
        let repository = try RepositoryVraagbaak()
        self.repository = repository
        server = ProtocolServer(vraagbaak: repository.vraagbaak, configuration: configuration)
    }

    /// A server over a fixture folder that a test may change and reload.
    init(fixture: IndexFixture) throws {
        repository = nil
        let vraagbaak = try Vraagbaak(
            knowledge: try KnowledgeBase.open(fixture.configuration), promptsFolder: RepositoryVraagbaak.prompts)
        server = ProtocolServer(vraagbaak: vraagbaak)
    }

    /// The reply to one line, parsed; nil when the server replied nothing.
    func send(_ line: String) throws -> JSONValue? {
        guard let reply = server.handle(line) else { return nil }
        #expect(!reply.contains("\n"), "a reply is one line")
        return try JSONValue(parsing: Data(reply.utf8))
    }

    /// The reply to one request built from its parts.
    func call(_ method: String, _ params: JSONValue? = nil, id: JSONValue = 1) throws -> JSONValue {
        var request: [String: JSONValue] = ["jsonrpc": "2.0", "id": id, "method": .string(method)]
        if let params { request["params"] = params }
        return try #require(try send(JSONValue.object(request).encodedLine()))
    }

    /// The result of a request that must succeed.
    func result(_ method: String, _ params: JSONValue? = nil) throws -> JSONValue {
        let reply = try call(method, params)
        #expect(reply["error"] == nil, "\(method) failed: \(String(describing: reply["error"]))")
        return try #require(reply["result"])
    }
}

extension JSONValue {
    var errorCode: Int64? {
        if case .integer(let code)? = self["error"]?["code"] { return code }
        return nil
    }

    var errorParam: String? { self["error"]?["data"]?["param"]?.stringValue }

    var array: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    var int: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }

    var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }
}
