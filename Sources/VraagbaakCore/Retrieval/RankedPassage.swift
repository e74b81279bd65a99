/// A passage with the evidence retrieval found for it.
public struct RankedPassage: Sendable {
    public var passage: StoredPassage
    /// The final ranking score.
    public var score: Double
    /// Weighted BM25 over the question's concepts.
    public var bm25: Double
    /// The share of the question's concepts (weighted by rarity) the passage covers, 0 to 1.
    public var coverage: Double
    /// 0 to 1: how close together the matched concepts stand.
    public var proximity: Double
    /// The share of concepts found in the document's title, 0 to 1.
    public var titleMatch: Double
    /// The share of concepts (weighted as in `coverage`) that the document's
    /// opening words hold, 0 to 1, times 1 + `RetrievalOptions.openingAnswerTypeBoost`
    /// when the page's first sentence holds the kind of answer asked; 0 for
    /// any passage but a document's first.
    public var openingCoverage: Double
    /// What the score was multiplied by beyond `RankingWeights`: 1 +
    /// `RetrievalOptions.openingCoverageBoost` × `openingCoverage`, times
    /// 1 + `definitionOpeningBoost` for a passage that defines the subject of
    /// a definition question.
    public var factor: Double
}
