/// Settings for candidate generation and ranking.
public struct RetrievalOptions: Sendable, Hashable {
    /// How many of the question's rarest terms go into the candidate query. The default is 16.
    public var candidateTerms = 16
    /// How many candidates the postings search passes on for re-ranking.
    /// The default is 50: on both dev sets as good as 100 or 200 (PolicyQA
    /// slightly better), and at 100,000 passages it keeps retrieval under
    /// 0.5 ms at the price of 1.5 points of hit@1 (docs/performance.md).
    public var candidateLimit = 50
    /// BM25 term-frequency saturation. The default is 1.2.
    public var k1 = 1.2
    /// BM25 length normalisation. The default is 0.4.
    public var b = 0.4
    /// Whether coverage, proximity, title and question type re-rank BM25. The default is true.
    public var reranking = true
    /// The weights of the re-ranking formula, the lead-passage factor among
    /// them (see `RankingWeights` for the defaults).
    public var weights = RankingWeights()
    /// How much a passage's term counts, in its frequency and in coverage,
    /// where the passage holds it only as a compound's part or a participle's
    /// verb. Such a part is weaker evidence than the word itself: the
    /// "paspoort" of "bankpaspoort" or the "bank" of "bankenbelasting" is
    /// not what a question about a bank and a passport is about, and counted
    /// in full it lifted such pages above the one that uses the words
    /// themselves. The default is 0.7: on PolicyQA anything from 0.5 to 0.8
    /// gives the same ranking, while the bundled set does not move.
    public var derivedTermWeight = 0.7
    /// How much more a passage scores, for a question asking what something
    /// is ("Wat is het burgerservicenummer (BSN)?"), when one of its sentences
    /// opens with that subject and a verb such as "is" or "betekent"
    /// (`DefinitionOpening`): the page that defines the subject, not the
    /// pages that use it, answers such a question. Its score is multiplied by
    /// 1 + this. The default is 0.75: on PolicyQA anything from 0.6 to 2 puts
    /// the same two more right pages first (0.3 one), and the bundled set does
    /// not move; 0 switches it off.
    public var definitionOpeningBoost = 0.75
    /// How much more a document's first passage scores when the page's
    /// opening words hold the question: its score is multiplied by 1 + this ×
    /// the weighted coverage of the question's concepts by the first
    /// `openingWords` words. A page about the question says so in its first
    /// sentence ("u heeft maximaal 2 jaar recht op een ziektewet-uitkering"),
    /// while pages that share its topic use the same words further on; the
    /// fixed `RankingWeights.leadPassageFactor` rewards any opening passage,
    /// this one only an opening that holds the question. A long article that
    /// opens with a build-up gets little of it. The default is 0.5: PolicyQA
    /// hit@1 / MRR@10 0.855 / 0.910 → 0.875 / 0.923 (0.865 / 0.919 at 0.3,
    /// 0.870 / 0.921 at 0.4; measured before `openingAnswerTypeBoost`, and
    /// still the best with it); from 0.6 on the bundled set loses an answer.
    /// 0 switches it off.
    public var openingCoverageBoost = 0.5
    /// How many words of a page's opening `openingCoverageBoost` reads. The
    /// default is 30, about the first two sentences: 25 to 35 rank PolicyQA
    /// within two cases of it, 20 a little worse, and 40 costs the bundled
    /// set a first place; the first sentence alone does worse (0.868 against
    /// 0.875 hit@1 before `openingAnswerTypeBoost`).
    public var openingWords: Int32 = 30
    /// How much more the opening's coverage (`openingCoverageBoost`) counts
    /// when the page's first sentence also holds the kind of answer the
    /// question asks: a number for "hoeveel", a date or duration for
    /// "wanneer" and "hoe lang", a place for "waar", a name for "wie", a cause
    /// for "waarom" (`AnswerTypeDetector`). "Hoeveel uur mag ik werken als ik
    /// 13 of 14 jaar ben?" is answered by the page opening "als je 13 of 14
    /// jaar bent, mag je tussen 07.00 uur en 19.00 uur beperkt werken", not by
    /// the page about performing at 13 that shares its words. The coverage is
    /// multiplied by 1 + this (and may then pass 1). The default is 0.5:
    /// PolicyQA hit@1 / MRR@10 0.875 / 0.923 → 0.880 / 0.927, the same up to
    /// 2 (0.877 / 0.926 at 0.25); the bundled set does not move.
    public var openingAnswerTypeBoost = 0.5
    public var query = QueryOptions()
    public var analysis = AnalysisOptions()

    public init() {}
}
