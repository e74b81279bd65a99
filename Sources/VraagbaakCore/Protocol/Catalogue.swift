/// The `sources` reply: the documents of the knowledge base with how many
/// passages each has, counted from the passages already in memory.
enum Catalogue {
    static func json(of knowledge: KnowledgeBase) -> JSONValue {
        .array(knowledge.documentsWithPassageCounts().map { document, passages in
            [
                "id": .string(document.id), "title": .string(document.title),
                "publisher": .optional(document.publisher), "url": .optional(document.url),
                "passages": .count(passages),
            ]
        })
    }
}
