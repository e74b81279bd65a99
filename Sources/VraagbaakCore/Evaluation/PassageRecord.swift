/// A candidate passage retrieval scored for a test case, with the raw
/// features of its score, in retrieval order: the training data for fitting
/// `RankingWeights` (scripts/fit_ranking_weights.py).
public struct PassageRecord: Sendable, Codable {
    public var document: String
    /// The passage's place in its document (0 for the opening passage, which gets the lead-passage factor).
    public var ordinal: Int
    /// The passage's score as retrieval computed it.
    public var score: Double
    public var bm25: Double
    public var coverage: Double
    public var proximity: Double
    public var titleMatch: Double
    /// The coverage of the question by the document's opening words (0 but for its first passage).
    public var openingCoverage: Double
    /// What `score` was multiplied by beyond `RankingWeights` (`RankedPassage.factor`): the
    /// opening's coverage and a defined subject. Re-scoring multiplies by it.
    public var factor: Double
    /// The factor the document gets as a source of the conversation so far (1 for none).
    public var contextFactor: Double
}
