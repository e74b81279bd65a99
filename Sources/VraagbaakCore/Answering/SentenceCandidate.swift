/// A sentence of a retrieved passage, scored as a possible answer.
struct SentenceCandidate: Sendable {
    var documentID: String
    /// The passage's rank in the retrieval result.
    var passageRank: Int
    var passageID: Int64
    /// The sentence's place in its passage.
    var index: Int
    var range: Range<Int>
    var text: String
    /// The share of the question's concepts the sentence holds, 0 to 1.
    var coverage: Double
    /// Whether the sentence has the kind of answer the question asks for.
    var typeMatch: Bool
    var score: Double
    var wordCount: Int
}
