/// A sentence of a retrieved passage, scored as a possible answer.
public struct SentenceCandidate: Sendable {
    public internal(set) var documentID: String
    /// The passage's rank in the retrieval result.
    public internal(set) var passageRank: Int
    public internal(set) var passageID: Int64
    /// The sentence's place in its passage.
    public internal(set) var index: Int
    public internal(set) var range: Range<Int>
    public internal(set) var text: String
    /// The share of the question's concepts the sentence holds, 0 to 1.
    public internal(set) var coverage: Double
    /// Whether the sentence has the kind of answer the question asks for.
    public internal(set) var typeMatch: Bool
    public internal(set) var score: Double
    public internal(set) var wordCount: Int
    public internal(set) var features = SentenceFeatures()
}
