/// Whether a passage defines what a definition question asks about: one of
/// its sentences opens with the question's subject and goes on with "is",
/// "zijn", "betekent" … ("Wat is het burgerservicenummer (BSN)?" → "Het
/// burgerservicenummer (bsn) is uw eigen persoonsnummer …").
///
/// Pages that merely mention the subject ("Alle overheidsorganisaties mogen
/// gebruik maken van uw burgerservicenummer (bsn).") hold the same words,
/// often more of them, so BM25, coverage and proximity cannot tell them from
/// the page that says what the subject is. The test is strict (the whole
/// subject, only linking words between its words, the verb right after), so
/// it rarely fires on a page that does not define the subject.
struct DefinitionOpening: Sendable {
    /// Per carrying concept of the question, the single terms that stand for it.
    let subject: [Set<String>]
    let analyzer: Analyzer

    /// The words that, right after the subject, make a sentence a definition.
    static let verbs: Set<String> = ["is", "zijn", "betekent", "betekenen", "houdt", "heet", "heten"]
    /// Words that may stand before or between the subject's words ("het
    /// burgerservicenummer", "seksueel misbruik van kinderen").
    static let linkingWords: Set<String> = ["de", "het", "een", "van", "en", "of", "voor", "in", "met", "op", "uw", "je"]
    /// The second words that make a "Wat …?" question ask what something is.
    static let questionVerbs: Set<String> = ["is", "zijn", "betekent", "betekenen", "houdt", "heet", "wordt"]
    /// How many characters of a sentence are read: the subject stands at its start.
    static let readLength = 160

    /// The subject of `query` when it asks what something is ("Wat is …?",
    /// "Wat zijn …?", "Wat betekent …?"), else nil. The subject is the
    /// question's carrying concepts (`SentenceCoverage.carryingImportance`).
    init?(query: AnalyzedQuery, analyzer: Analyzer) {
        let words = Analyzer.foldedWords.analyze(query.question).prefix(2).map(\.text)
        guard words.count == 2, words[0] == "wat", Self.questionVerbs.contains(words[1]) else { return nil }
        let subject = query.concepts.filter { $0.importance > SentenceCoverage.carryingImportance }
            .map { Set($0.alternatives.filter { $0.terms.count == 1 }.flatMap(\.terms)) }
        guard !subject.isEmpty, !subject.contains(where: \.isEmpty) else { return nil }
        self.subject = subject
        self.analyzer = analyzer
    }

    /// Whether `sentence` opens with every word of the subject (in any order,
    /// linking words between them) followed by a definition verb.
    func defines(_ sentence: Substring) -> Bool {
        var found = Set<Int>()
        let opening = String(sentence.prefix(Self.readLength))
        for (offset, token) in Analyzer.foldedWords.analyze(opening).enumerated() {
            guard offset <= subject.count * 2 + 4 else { return false }
            if Self.verbs.contains(token.text) { return found.count == subject.count }
            let terms = analyzer.analyzeAlone(token).filter { !$0.isDerived }.map(\.text)
            if let concept = subject.indices.first(where: { index in terms.contains(where: subject[index].contains) }) {
                found.insert(concept)
            } else if !Self.linkingWords.contains(token.text) {
                return false
            }
        }
        return false
    }

    /// Multiplies by `1 + boost` the score of each passage of `scored` with a
    /// sentence that `defines` the subject (and its `factor`); `sentences`
    /// gives a passage's sentences by its index.
    func boost(_ scored: inout [ScoredPassage], by boost: Double, sentences: (Int) -> [Substring]) {
        guard boost != 0 else { return }
        for offset in scored.indices where sentences(scored[offset].index).contains(where: defines) {
            scored[offset].score *= 1 + boost
            scored[offset].factor *= 1 + boost
        }
    }
}
