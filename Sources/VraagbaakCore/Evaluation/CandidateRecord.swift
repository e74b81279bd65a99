/// A sentence the composer weighed for a test case, with its features and
/// how many of the case's `answer_contains` groups it satisfies on its own:
/// the training data for fitting `SentenceWeights`.
public struct CandidateRecord: Sendable, Codable {
    public var document: String
    public var text: String
    public var features: [Double]
    public var score: Double
    public var satisfiedGroups: Int
    /// Whether the answer quoted this sentence.
    public var quoted: Bool
}
