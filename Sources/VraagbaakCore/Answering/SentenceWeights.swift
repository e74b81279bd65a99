/// How much each of `SentenceFeatures` counts in a sentence's score.
///
/// The defaults were first set by hand; see docs/evaluation.md for how they
/// were fitted and on which sets.
public struct SentenceWeights: Sendable, Hashable {
    /// Parallel to `SentenceFeatures.names`.
    public var values: [Double]

    public init(values: [Double]) {
        precondition(values.count == SentenceFeatures.names.count, "one weight per sentence feature")
        self.values = values
    }

    /// The hand-set weights the composer used before fitting.
    public static let handSet = SentenceWeights(values: [0.6, 0.4, 0.15, 0.3, 0.2, 0.2, 0, 0, 0, 0, 0, 0, 0])

    public func score(_ features: SentenceFeatures) -> Double {
        zip(values, features.values).reduce(0) { $0 + $1.0 * $1.1 }
    }
}
