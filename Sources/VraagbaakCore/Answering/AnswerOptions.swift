/// How answers are composed.
public struct AnswerOptions: Sendable, Hashable {
    /// Below this confidence the bot does not answer. The default is 0.5,
    /// chosen with `vraagbaak eval --sweep` on the bundled dev set.
    public var threshold = 0.5
    /// The default is 3.
    public var maximumSentences = 3
    /// The answer stops growing past this many words. The default is 90.
    public var maximumWords = 90
    /// How many top passages sentences are drawn from. The default is 5.
    public var passagesConsidered = 5
    /// The default is 5.
    public var maximumSources = 5
    /// Related articles named when not answering. The default is 3.
    public var maximumRelated = 3

    /// Added to the score of the first three sentences of a document, where
    /// articles and Q&A pages put their answer. The default is 0.2.
    public var leadBonus = 0.2

    /// Added to a sentence at distance 0, 1, 2 from a sentence of the answer
    /// a follow-up question leans on: what "Waarom niet?" asks about stands
    /// next to what was said, and repeating the same sentence answers
    /// nothing new. The default is [-0.1, 0.3, 0.15].
    public var followUpNeighbourBonus = [-0.1, 0.3, 0.15]

    public init() {}
}
