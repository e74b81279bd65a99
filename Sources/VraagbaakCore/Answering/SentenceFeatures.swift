/// What the composer knows about one candidate sentence, as numbers.
///
/// A sentence's score is a weighted sum of these (`SentenceWeights`), so
/// the weights can be fitted on test sets instead of guessed: `vraagbaak eval
/// --json --candidates` writes every case's candidates with these values,
/// and `scripts/fit_sentence_weights.py` fits the weights (docs/evaluation.md).
public struct SentenceFeatures: Sendable, Hashable, Codable {
    /// The weighted share of the question's concepts in the sentence itself, 0 to 1.
    public var ownCoverage = 0.0
    /// The same with the sentence before it, the heading and the title counted in.
    public var contextCoverage = 0.0
    /// 1 when the sentence holds the kind of answer asked for (a number for "hoeveel").
    public var typeMatch = 0.0
    /// The passage's score relative to the best passage's, 0 to 1.
    public var passageScore = 0.0
    /// The passage's coverage of the question, 0 to 1.
    public var passageCoverage = 0.0
    /// 1 for the first three sentences of a document, 2 when the document is
    /// a short page (at most `AnswerComposer.shortPagePassages` passages),
    /// `AnswerOptions.readerPageLead` (3) when its opening speaks to the
    /// reader (`AnswerComposer.addressesReader(_:)`): a question-and-answer
    /// page opens with its answer, a long article often with a build-up.
    public var lead = 0.0
    /// The share of neighbouring question concepts that stand within two words
    /// of each other in the sentence, in the question's order.
    public var orderedPairs = 0.0
    /// 1 when the sentence is itself a question: it asks rather than answers.
    public var asks = 0.0
    /// The own coverage of the sentence before it in the passage: an answer
    /// often follows the sentence that names the subject.
    public var previousCoverage = 0.0
    /// The own coverage of the sentence after it.
    public var nextCoverage = 0.0
    /// 1 / (1 + the passage's rank).
    public var passageRank = 0.0
    /// The unweighted share of the question's concepts in the sentence.
    public var conceptShare = 0.0
    /// 1 for a sentence of fewer than six words.
    public var short = 0.0

    public init() {}

    /// The features in a fixed order, parallel to `names` and to `SentenceWeights.values`.
    public var values: [Double] {
        [ownCoverage, contextCoverage, typeMatch, passageScore, passageCoverage, lead, orderedPairs, asks,
         previousCoverage, nextCoverage, passageRank, conceptShare, short]
    }

    /// How many of `values` come first and are always computed: the six the
    /// composer scored with before the features were named. The rest cost
    /// more and are computed only when a weight uses them or they are recorded.
    public static let coreCount = 6

    public static let names = [
        "ownCoverage", "contextCoverage", "typeMatch", "passageScore", "passageCoverage", "lead", "orderedPairs", "asks",
        "previousCoverage", "nextCoverage", "passageRank", "conceptShare", "short",
    ]
}
