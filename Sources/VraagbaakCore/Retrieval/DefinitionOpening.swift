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

    /// What a word of a sentence stands for, by the folded token it was read
    /// as: the number of the subject's concept it holds, or -1 for none.
    /// Filled as sentences are read, so that each distinct word is analysed
    /// (compound splitting, stemming …) once per question, not once per
    /// candidate passage that holds it. A filter's output depends only on a
    /// token's text and kind (`TokenFilter`), and whether it was derived.
    typealias WordConcepts = [WordKey: Int]

    /// A folded token as far as analysis can tell it from another.
    struct WordKey: Hashable {
        var text: String
        var kind: Token.Kind
        var isDerived: Bool
    }

    /// Whether `sentence` opens with every word of the subject (in any order,
    /// linking words between them) followed by a definition verb.
    func defines(_ sentence: Substring) -> Bool {
        var words = WordConcepts()
        return defines(sentence, words: &words)
    }

    /// `defines(_:)`, reading the words through `words` (kept for the
    /// question's other sentences).
    func defines(_ sentence: Substring, words: inout WordConcepts) -> Bool {
        var found = Set<Int>()
        let opening = String(sentence.prefix(Self.readLength))
        for (offset, token) in Analyzer.foldedWords.analyze(opening).enumerated() {
            guard offset <= subject.count * 2 + 4 else { return false }
            if Self.verbs.contains(token.text) { return found.count == subject.count }
            let key = WordKey(text: token.text, kind: token.kind, isDerived: token.isDerived)
            let concept: Int
            if let known = words[key] {
                concept = known
            } else {
                concept = self.concept(of: token)
                words[key] = concept
            }
            if concept >= 0 {
                found.insert(concept)
            } else if !Self.linkingWords.contains(token.text) {
                return false
            }
        }
        return false
    }

    /// The first of the subject's concepts that `token`'s analysed terms
    /// hold, -1 for none.
    private func concept(of token: Token) -> Int {
        let terms = analyzer.analyzeAlone(token).filter { !$0.isDerived }.map(\.text)
        return subject.indices.first(where: { index in terms.contains(where: subject[index].contains) }) ?? -1
    }

    /// Multiplies by `1 + boost` the score of each passage of `scored` with a
    /// sentence that `defines` the subject (and its `factor`); `sentences`
    /// gives a passage's sentences by its index. Each word is analysed once
    /// for all the passages.
    func boost(_ scored: inout [ScoredPassage], by boost: Double, sentences: (Int) -> [Substring]) {
        guard boost != 0 else { return }
        var words = WordConcepts()
        for offset in scored.indices where sentences(scored[offset].index).contains(where: { defines($0, words: &words) }) {
            scored[offset].score *= 1 + boost
            scored[offset].factor *= 1 + boost
        }
    }
}
