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
    public internal(set) var score: Double
    public internal(set) var wordCount: Int
    public internal(set) var features = SentenceFeatures()
    /// For a follow-up: how far the sentence stands from the nearest sentence
    /// of the answer it leans on, in the same passage (positive after it, 0
    /// for that sentence itself); nil when the passage holds none of them.
    public internal(set) var anchorOffset: Int?
    /// For a follow-up: whether the sentence holds what the question asks
    /// about beyond the previous answer (`FollowUpContext.ownConcepts`), or
    /// the kind of answer it names (`FollowUpContext.answerKinds`).
    public internal(set) var holdsAskedWords = true
    /// For a question that asks one thing of another ("de directeur van
    /// Samen Doen"; `RelationalQuestion`): whether the sentence, read with
    /// the one before it, its heading and title, holds both. True otherwise.
    public internal(set) var holdsRelation = true
    /// For a question that asks a share of a set ("Hoeveel procent van de
    /// ggz-cliënten …?"; `QuantifiedSet`): whether the sentence itself names
    /// that set, so that a number in it can be the share asked. True otherwise.
    public internal(set) var holdsQuantifiedSet = true
    /// The weighted share of the question's carrying concepts that the
    /// sentence's passage holds with its heading and title, 0 to 1. Unlike the retrieval's passage
    /// coverage (`SentenceFeatures.passageCoverage`), the words of the story
    /// around a question and its filler words do not count.
    public internal(set) var passageCoverage = 0.0
    /// Whether the sentence's document is a short page (at most
    /// `AnswerComposer.shortPagePassages` passages, or up to
    /// `AnswerComposer.readerPagePassages` when its opening speaks to the
    /// reader), such as a question-and-answer page.
    public internal(set) var onShortPage = false

    /// The share of the question's concepts the sentence holds, read in its context, 0 to 1.
    public var coverage: Double { 0.6 * features.ownCoverage + 0.4 * features.contextCoverage }
    /// Whether the sentence has the kind of answer the question asks for.
    public var typeMatch: Bool { features.typeMatch > 0 }
}
