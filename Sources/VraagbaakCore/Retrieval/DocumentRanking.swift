/// Orders passages so that the documents come out in the right order.
///
/// A document whose question is discussed in several passages is a better
/// source than one that mentions it once, so a document's score is its best
/// passage plus a share of its second best. Passages are then listed
/// document by document, best document first.
enum DocumentRanking {
    /// How much a document's second-best passage adds. The default is 0.3.
    static let secondPassageShare = 0.3

    static func order(_ passages: [RankedPassage], reranking: Bool, context: [String: Double] = [:]) -> [RankedPassage] {
        let sorted = passages.sorted { $0.score > $1.score }
        guard reranking else { return sorted }
        var documentScore: [String: Double] = [:]
        var seen: [String: Int] = [:]
        for passage in sorted {
            let id = passage.passage.documentID
            switch seen[id, default: 0] {
            case 0: documentScore[id] = passage.score
            case 1: documentScore[id, default: 0] += secondPassageShare * passage.score
            default: break
            }
            seen[id, default: 0] += 1
        }
        for (id, factor) in context where documentScore[id] != nil { documentScore[id]! *= factor }
        return sorted.enumerated().sorted { a, b in
            let scoreA = documentScore[a.element.passage.documentID]!
            let scoreB = documentScore[b.element.passage.documentID]!
            if scoreA != scoreB { return scoreA > scoreB }
            return a.offset < b.offset
        }.map(\.element)
    }
}
