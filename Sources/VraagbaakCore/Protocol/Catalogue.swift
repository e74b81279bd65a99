/// The documents of an opened knowledge base with how many passages each
/// has, read once when the server opens (or reloads) the knowledge, so
/// `sources` and `stats` do not scan the index per request.
struct Catalogue: Sendable {
    struct Entry: Sendable {
        var document: SourceDocument
        var passages: Int
    }

    var entries: [Entry]

    init(_ knowledge: KnowledgeBase) throws {
        var counts: [String: Int] = [:]
        for passage in try knowledge.store.allPassages() { counts[passage.documentID, default: 0] += 1 }
        entries = try knowledge.store.documents()
            .sorted { $0.id < $1.id }
            .map { Entry(document: $0, passages: counts[$0.id] ?? 0) }
    }

    var json: JSONValue {
        .array(entries.map { entry in
            [
                "id": .string(entry.document.id), "title": .string(entry.document.title),
                "publisher": .optional(entry.document.publisher), "url": .optional(entry.document.url),
                "passages": .count(entry.passages),
            ]
        })
    }
}
