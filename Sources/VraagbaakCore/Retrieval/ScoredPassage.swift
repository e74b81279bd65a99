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
}
