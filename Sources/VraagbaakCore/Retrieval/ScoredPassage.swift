/// A candidate passage's scores, before it is turned into a `RankedPassage`:
/// only the passages a question returns are read out of the `PassageTable`.
struct ScoredPassage: Sendable {
    /// The passage's index in the `PassageTable` (its id − 1).
    var index: Int
    var score: Double
    var bm25: Double
    var coverage: Double
    var proximity: Double
    var titleMatch: Double
    /// The coverage of the question's concepts by the document's opening words,
    /// more when its first sentence holds the kind of answer asked (0 but for
    /// a document's first passage; `RetrievalOptions.openingCoverageBoost`).
    var openingCoverage: Double
    /// What `score` was multiplied by beyond `RankingWeights`: the opening's
    /// coverage and a defined subject (`DefinitionOpening`); 1 for neither.
    var factor: Double
}
