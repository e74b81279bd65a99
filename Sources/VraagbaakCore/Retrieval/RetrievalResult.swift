/// The ranked passages for one question, with what the answer step needs to
/// judge sentences the same way retrieval judged passages.
public struct RetrievalResult: Sendable {
    public var query: AnalyzedQuery
    public var passages: [RankedPassage]
    /// The rarity weight of each of `query.concepts`, parallel to it.
    public var conceptWeights: [Double]

    /// The weighted share of the question's concepts that `terms` hold, 0 to 1.
    /// Only the concepts that carry the question count: the words of the
    /// story around it and filler words help retrieval but do not have to
    /// be in the answer.
    public func coverage(of terms: Set<String>) -> Double {
        let carrying = zip(query.concepts, conceptWeights).filter { $0.0.importance > 0.3 }
        let total = carrying.map(\.1).reduce(0, +)
        guard total > 0 else { return 0 }
        var covered = 0.0
        for (concept, weight) in carrying {
            let best = concept.alternatives.map { alternative in
                alternative.weight * Double(alternative.terms.filter(terms.contains).count) / Double(max(alternative.terms.count, 1))
            }.max() ?? 0
            covered += weight * best
        }
        return covered / total
    }
}
