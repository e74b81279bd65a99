/// The Model Context Protocol on the same server: a client such as an
/// assistant app calls `initialize`, sends `notifications/initialized`, lists
/// the tools and calls `vraag`. These are plain JSON-RPC methods, so they
/// share the framing, the error codes and the sessions of the others (see
/// docs/protocol.md for why no MCP library is used).
extension ProtocolServer {
    /// The MCP versions this server speaks, newest first.
    public static let mcpVersions = ["2025-06-18", "2025-03-26", "2024-11-05"]
    /// The name of the one tool.
    public static let toolName = "vraag"

    /// `initialize`: the client's protocol version when supported, else the newest one.
    func initialize(_ params: ParameterReader) -> JSONValue {
        let asked = (try? params.string("protocolVersion")) ?? nil
        let version = asked.flatMap { Self.mcpVersions.contains($0) ? $0 : nil } ?? Self.mcpVersions[0]
        return [
            "protocolVersion": .string(version),
            "capabilities": ["tools": [:]],
            "serverInfo": ["name": "vraagbaak", "version": .string(VraagbaakVersion.current)],
            "instructions": """
                Vraagbaak answers questions in Dutch with sentences quoted word for word from a folder of \
                trusted articles, with numbered sources, or says that the articles do not answer them.
                """,
        ]
    }

    func toolsList() -> JSONValue {
        let questionLimit = Int64(configuration.maximumQuestionLength)
        let sessionLimit = Int64(configuration.sessions.maximumIDLength)
        return ["tools": [[
            "name": .string(Self.toolName),
            "title": "Vraagbaak",
            "description": """
                Answers a question in Dutch from trusted articles: one to three sentences quoted word for word, \
                with numbered sources, or an honest "not in my sources" with related articles. Pass the same \
                session for follow-up questions ("En in Leerdam?").
                """,
            "inputSchema": [
                "type": "object",
                "properties": [
                    "question": ["type": "string", "description": "The question, in Dutch.", "maxLength": .integer(questionLimit)],
                    "session": [
                        "type": "string", "description": "Any id; questions with the same id form one conversation.",
                        "minLength": 1, "maxLength": .integer(sessionLimit),
                    ],
                ],
                "required": ["question"],
            ],
        ]]]
    }

    /// `tools/call` of `vraag`: the answer as a person reads it, sources included.
    mutating func toolsCall(_ params: ParameterReader) throws -> JSONValue {
        guard let name = try params.string("name") else { throw RPCError.invalidParams("name", "is required") }
        guard name == Self.toolName else {
            throw RPCError.invalidParams("name", "names no tool: the one tool is '\(Self.toolName)'")
        }
        let arguments: [String: JSONValue]
        switch params.params["arguments"] {
        case .object(let given)?: arguments = given
        case nil, .null?: arguments = [:]
        default: throw RPCError.invalidParams("arguments", "must be an object")
        }
        let reader = ParameterReader(params: arguments, prefix: "arguments.")
        try reader.rejectUnknown(besides: ["question", "session"])
        let (answer, _) = try self.answer(reader)
        return [
            "content": [["type": "text", "text": .string(vraagbaak.prompts(for: answer).render(answer))]],
            "isError": false,
        ]
    }
}
