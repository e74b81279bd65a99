/// The ranked passages for one question, with what the answer step needs to
/// judge sentences the same way retrieval judged passages.
public struct RetrievalResult: Sendable {
    public var query: AnalyzedQuery
    public var passages: [RankedPassage]
    /// The rarity weight of each of `query.concepts`, parallel to it.
    public var conceptWeights: [Double]

    /// The weighted share of the question's concepts that `terms` hold, 0 to 1.
    public func coverage(of terms: Set<String>) -> Double {
        let total = conceptWeights.reduce(0, +)
        guard total > 0 else { return 0 }
        var covered = 0.0
        for (concept, weight) in zip(query.concepts, conceptWeights) {
            let best = concept.alternatives.map { alternative in
                alternative.weight * Double(alternative.terms.filter(terms.contains).count) / Double(max(alternative.terms.count, 1))
            }.max() ?? 0
            covered += weight * best
        }
        return covered / total
    }
}
