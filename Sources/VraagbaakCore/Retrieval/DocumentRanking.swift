/// Orders passages so that the documents come out in the right order.
///
/// A document whose question is discussed in several passages is a better
/// source than one that mentions it once, so a document's score is its best
/// passage plus a share of its second best. Passages are then listed
/// document by document, best document first.
enum DocumentRanking {
    /// Orders any scored items by `score`, grouped by `document` (a key
    /// such as the document id or its index in a `PassageTable`);
    /// `secondPassageShare` is how much a document's second-best passage adds.
    static func order<Item, Key: Hashable>(
        _ passages: [Item], reranking: Bool, secondPassageShare: Double, context: [Key: Double], score: (Item) -> Double, document: (Item) -> Key
    ) -> [Item] {
        let sorted = passages.sorted { score($0) > score($1) }
        guard reranking else { return sorted }
        var documentScore: [Key: Double] = [:]
        var seen: [Key: Int] = [:]
        for passage in sorted {
            let id = document(passage)
            switch seen[id, default: 0] {
            case 0: documentScore[id] = score(passage)
            case 1: documentScore[id, default: 0] += secondPassageShare * score(passage)
            default: break
            }
            seen[id, default: 0] += 1
        }
        for (id, factor) in context where documentScore[id] != nil { documentScore[id]! *= factor }
        return sorted.enumerated().sorted { a, b in
            let scoreA = documentScore[document(a.element)]!
            let scoreB = documentScore[document(b.element)]!
            if scoreA != scoreB { return scoreA > scoreB }
            return a.offset < b.offset
        }.map(\.element)
    }
}
