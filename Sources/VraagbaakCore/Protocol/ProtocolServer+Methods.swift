import Foundation

/// Vraagbaak's own methods: `ask`, `search`, `sources`, `stats`, `reload`.
extension ProtocolServer {
    /// `ask`: the object `ask --json` prints, plus `session`.
    mutating func ask(_ params: ParameterReader) throws -> JSONValue {
        try params.rejectUnknown(besides: ["question", "session", "max_sources"])
        let (answer, session) = try answer(params)
        guard case .object(var fields) = try JSONValue(encoding: answer) else { throw RPCError.internalError }
        fields["session"] = .optional(session)
        return .object(fields)
    }

    /// Answers `question` in the conversation of `session` (when given),
    /// with at most `max_sources` sources. Shared by `ask` and the MCP tool.
    mutating func answer(_ params: ParameterReader) throws -> (Answer, session: String?) {
        let question = try params.requiredText("question", limit: configuration.maximumQuestionLength)
        let session = try sessionID(params)
        var vraagbaak = self.vraagbaak
        if let maximum = try params.integer("max_sources", in: 1...configuration.maximumSources) {
            vraagbaak.composer.options.maximumSources = maximum
            vraagbaak.composer.options.maximumRelated = min(vraagbaak.composer.options.maximumRelated, maximum)
        }
        logger.debug("Question: \(question)")
        let now = clock()
        var conversation = session.map { sessions.conversation(for: $0, at: now) } ?? Conversation()
        let answer = try vraagbaak.ask(question, in: &conversation)
        if let session { sessions.store(conversation, for: session, at: now) }
        do {
            try questionLog?.record(question: question, answer: answer)
        } catch {
            // The resident still gets the answer; the editor sees why the log has a gap.
            logger.warning("Could not write the question log: \(error.localizedDescription)")
        }
        return (answer, session)
    }

    /// A session id: any string of 1 to 128 characters, compared exactly.
    func sessionID(_ params: ParameterReader) throws(RPCError) -> String? {
        guard let id = try params.string("session") else { return nil }
        let limit = configuration.sessions.maximumIDLength
        guard (1...limit).contains(id.count) else {
            throw .invalidParams(params.name("session"), "must be a string of 1 to \(limit) characters")
        }
        return id
    }

    /// `search`: the ranked passages retrieval finds, best first, without composing an answer.
    func search(_ params: ParameterReader) throws -> JSONValue {
        try params.rejectUnknown(besides: ["query", "limit"])
        let query = try params.requiredText("query", limit: configuration.maximumQuestionLength)
        let limit = try params.integer("limit", in: 1...configuration.maximumSearchLimit) ?? 10
        let knowledge = vraagbaak.knowledge
        let result = try knowledge.retrieve(knowledge.analyze(query), limit: limit)
        let passages: [JSONValue] = result.passages.compactMap { ranked in
            guard let document = knowledge.document(id: ranked.passage.documentID) else { return nil }
            return [
                "document": .string(document.id), "title": .string(document.title),
                "publisher": .optional(document.publisher), "url": .optional(document.url),
                "passage": .count(ranked.passage.ordinal), "heading": .optional(ranked.passage.heading),
                "text": .string(ranked.passage.text(in: document)), "score": .number(ranked.score),
            ]
        }
        return ["passages": .array(passages)]
    }

    /// `sources`: every document of the knowledge base.
    func sources(_ params: ParameterReader) throws -> JSONValue {
        try params.rejectUnknown(besides: [])
        return ["documents": Catalogue.json(of: vraagbaak.knowledge)]
    }

    /// `stats`: what is open and how big it is.
    func stats(_ params: ParameterReader) throws -> JSONValue {
        try params.rejectUnknown(besides: [])
        let knowledge = vraagbaak.knowledge
        let summary = knowledge.summary
        return [
            "version": .string(VraagbaakVersion.current),
            "knowledge": .string(knowledge.configuration.folder.path),
            "index": .string(knowledge.configuration.indexPath),
            "built_at": .string(summary.builtAt),
            "content_hash": .string(summary.contentHash),
            "documents": .count(summary.documentCount),
            "passages": .count(summary.passageCount),
            "sentences": .count(summary.sentenceCount),
            "sessions": .count(sessions.count),
            "limits": [
                "line_bytes": .count(configuration.maximumLineLength),
                "question_characters": .count(configuration.maximumQuestionLength),
                "sessions": .count(configuration.sessions.maximumSessions),
                "session_idle_seconds": .number(configuration.sessions.idleTimeout),
                "session_id_characters": .count(configuration.sessions.maximumIDLength),
            ],
        ]
    }

    /// `reload`: opens the knowledge folder again when its files changed (the
    /// index is rebuilt then), keeping every session. When opening fails, the
    /// knowledge opened before stays in use.
    mutating func reload(_ params: ParameterReader) throws -> JSONValue {
        try params.rejectUnknown(besides: [])
        let current = vraagbaak.knowledge
        var changed = false
        do {
            // Sizes and times first, as `KnowledgeBase.open` does; the bytes are
            // hashed only when those differ, and the hash is handed on.
            let folder = current.configuration.folder
            let analysis = current.configuration.retrieval.analysis
            let stamp = try KnowledgeFingerprint.stamp(of: folder, analysis: analysis)
            let fingerprint = stamp == current.summary.fileStamp && !stamp.isEmpty
                ? current.summary.contentHash : try KnowledgeFingerprint.of(folder: folder, analysis: analysis)
            if fingerprint != current.summary.contentHash {
                let knowledge = try KnowledgeBase.open(current.configuration, logger: logger, contentHash: fingerprint)
                vraagbaak = vraagbaak.answering(from: knowledge)
                changed = true
                logger.notice("Reloaded the knowledge folder.", metadata: ["documents": "\(knowledge.summary.documentCount)"])
            }
        } catch {
            throw RPCError.reloadFailed(error.localizedDescription)
        }
        let summary = vraagbaak.knowledge.summary
        return [
            "changed": .bool(changed), "documents": .count(summary.documentCount),
            "passages": .count(summary.passageCount), "built_at": .string(summary.builtAt),
            "sessions": .count(sessions.count),
        ]
    }
}
