/// The ranked passages for one question, with what the answer step needs to
/// judge sentences the same way retrieval judged passages (see
/// `SentenceCoverage`).
public struct RetrievalResult: Sendable {
    public var query: AnalyzedQuery
    public var passages: [RankedPassage]
    /// The rarity weight of each of `query.concepts`, parallel to it.
    public var conceptWeights: [Double]

}
