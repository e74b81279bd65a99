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

    /// How the features of a candidate sentence add up to its score. The
    /// default is `SentenceWeights.handSet`.
    public var sentenceWeights = SentenceWeights.handSet

    /// Added to a sentence at distance 0, 1, 2 from a sentence of the answer
    /// a follow-up question leans on: what "Waarom niet?" asks about usually
    /// stands next to what was said ("Vergeleken met wie?" may ask about the
    /// same sentence, so that one gets no penalty). The default is [0, 0.3, 0.15].
    public var followUpNeighbourBonus = [0, 0.3, 0.15]

    /// Added, for a follow-up asking a number or a date ("Hoeveel mensen
    /// zijn dat?"), to a sentence in or next to the previous answer that
    /// holds one. The default is 0.7.
    public var followUpTypedBonus = 0.7

    /// Whether a page whose opening addresses the reader as "u" counts as a
    /// short page, whose opening is its answer, up to eight passages
    /// (`AnswerComposer.addressesReader(_:)`). The default is true.
    public var readerPagesOpenWithAnswer = true

    /// The lead feature (`SentenceFeatures.lead`) of the first three
    /// sentences of a page whose opening speaks to the reader: a short page's
    /// is 2, an article's 1. Such a page opens with its answer more surely
    /// still, and its later sentences, which hold more of the question's
    /// words, more often qualify or extend it ("de kaart is ook geldig in
    /// liechtenstein …" after "hiermee kunt u parkeren … in alle landen van de
    /// europese unie"). PolicyQA answer-contains 0.785 → 0.805 (false-abstain
    /// 0.035 → 0.040: an opening holds fewer of the question's words, so the
    /// answer is less sure); 2.5 gave 0.7925 (0.040), 3.5 0.8025 (0.048), 4
    /// 0.8075 (0.050). The bundled set is unchanged, as none of its
    /// articles speaks to the reader in its opening. The default is 3.
    public var readerPageLead = 3.0

    /// Whether a sentence that states a condition as a question is quoted
    /// with the sentence after it that gives the consequence ("Komt u er
    /// samen niet uit? … kunt u dan …"; `AnswerComposer.consequence(of:in:)`).
    /// The default is true.
    public var quotesConsequences = true

    /// The share of the previous answer's confidence a follow-up's answer
    /// in or next to it borrows (see `AnswerComposer.borrowedConfidence`).
    /// The default is 0.9: a conversation grows a little less sure with
    /// every step away from the question that was understood on its own.
    public var followUpConfidenceShare = 0.9

    /// A sentence scoring within this of the best one is quoted with it (up
    /// to `maximumSentences` and `maximumWords`). A margin rather than a
    /// share of the best score, so it means the same for every question.
    /// The default is 0.7, measured on both dev sets (docs/evaluation.md).
    public var companionMargin = 0.7

    /// A sentence right after the best one that points back to it ("Ze zet
    /// boeken terug") comes along when it scores within this of the best.
    /// The default is 1.
    public var continuationMargin = 1.0

    /// How many sentences after a best sentence that lacks the kind of
    /// answer asked for (a number, a date, a name) are searched for one to
    /// quote with it (`AnswerComposer.askedTypeNeighbour`); 0 searches none.
    /// The default is 3: with one or two the one bundled question it changes
    /// ("Wie erkennen …?", whose names stand three sentences on) is not
    /// answered right, and four or five change nothing more on either dev set.
    public var askedTypeReach = 3

    /// Added, when ordering the sentences that may join the best one, to
    /// those right before and after it when it stands on a short page
    /// (`AnswerComposer.companionRank`). The default is 0.5: on PolicyQA
    /// 0.4 and 0.5 gave the same, 0.3 or 0.6 and more one answer citing
    /// the right page first less.
    public var shortPageNeighbourPriority = 0.5

    /// Whether a number answers a question about a share of a set ("Hoeveel
    /// procent van de ggz-cliënten woont zelfstandig?"; `QuantifiedSet`)
    /// only in a sentence that names the set; elsewhere the answer counts as
    /// holding no number. The bundled set's adversarial "Hoeveel procent van
    /// de ggz-cliënten …" was answered at 0.89 from "80% van de demente
    /// ouderen woont nu nog zelfstandig thuis." and is refused (0.36): abstain
    /// on unanswerable 0.967 → 1.000; nothing else moves on either dev set.
    /// The default is true.
    public var sharesNeedTheirSet = true

    /// The share of its confidence an answer keeps when the question asks
    /// one thing of another ("Wie is de directeur van Samen Doen?") and its
    /// best sentence, read with the one before it, its heading and title,
    /// does not hold both (`RelationalQuestion`).
    public var relationFactor = 0.6

    public init() {}
}
