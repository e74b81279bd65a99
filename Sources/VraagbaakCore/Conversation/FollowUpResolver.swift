/// Decides whether a question leans on the conversation, and if so, what it
/// means in context.
///
/// A question is read as a follow-up when it points back ("dat", "die",
/// "daar", "ze", an opening "en" or "maar") or has almost no content words of
/// its own ("Waarom?"), unless it is small talk ("Hoe gaat het?"). Its context is the previous turn: that question's
/// concepts join the new ones at lower importance, and the documents the
/// previous answer cited are preferred. A question that points back is
/// always read in context; any other question is read in context only when
/// it cannot be answered alone and the contextual reading answers better.
public struct FollowUpResolver: Sendable {
    /// The importance of the previous question's concepts. The default is 0.5.
    public var carriedImportance = 0.5
    /// The score factor for documents the previous answer cited. The default is 1.3.
    public var citedDocumentFactor = 1.3

    static let pointingWords: Set<String> = [
        "dat", "die", "dit", "deze", "daar", "daarvan", "daarover", "daarmee", "daarom", "ze", "zij", "hun", "hen",
        "hij", "hem", "haar", "zo", "er", "hier", "hiervan", "hierover",
    ]
    static let openingWords: Set<String> = ["en", "maar", "ook", "dus", "of"]
    /// The dummy "het" and the words for the person spoken to: a question
    /// with no content of its own built on them ("Hoe gaat het?", "Hoe laat
    /// is het?", "Wat doe jij?") is small talk, not a question about the
    /// previous answer, unless it also points back ("Hoe zit het daarmee?",
    /// "Om wie gaat het dan?").
    static let smallTalkWords: Set<String> = ["het", "je", "jij", "jou", "jullie"]

    public init() {}

    /// Whether `question` reads as a follow-up, judged from its words.
    public func pointsBack(_ question: String, query: AnalyzedQuery) -> Bool {
        let words = question.split(whereSeparator: { !$0.isLetter }).map { TextFolding.fold(String($0)) }
        guard let first = words.first else { return false }
        let meaningful = query.concepts.filter { $0.importance >= 0.5 }.count
        if meaningful == 0 {
            // "dan" carries on from what was said: "Om wie gaat het dan?", "Hoe dan?".
            return !words.contains(where: Self.smallTalkWords.contains)
                || words.contains { Self.pointingWords.contains($0) || $0 == "dan" }
        }
        if Self.openingWords.contains(first) { return true }
        return words.count <= 8 && words.contains(where: Self.pointingWords.contains)
    }

    /// The folded words written with a capital inside a sentence: names of
    /// places, organisations and people.
    static func names(in question: String) -> Set<String> {
        var names: Set<String> = []
        var sentenceStart = true
        for word in question.split(whereSeparator: \.isWhitespace) {
            let letters = word.drop(while: { !$0.isLetter })
            if !sentenceStart, let first = letters.first, first.isUppercase {
                names.insert(TextFolding.fold(String(letters.prefix(while: \.isLetter))))
            }
            sentenceStart = word.last.map { ".?!".contains($0) } ?? false
        }
        return names
    }

    /// How `query`, read alone, leans on the answer of `turn` in `knowledge`
    /// (see `FollowUpContext`).
    public func context(
        of query: AnalyzedQuery, leaningOn turn: Conversation.Turn?, pointsBack: Bool, in knowledge: KnowledgeBase
    ) -> FollowUpContext {
        guard let turn, turn.answer.answered else { return .none }
        let own = query.concepts.filter { $0.importance >= 0.5 }
        let known = own.filter { $0.allTerms.contains { knowledge.termID($0) != nil } }
        let said = Set(turn.answer.sentences.flatMap { knowledge.queryAnalyzer.analyzer.analyze($0.text).map(\.text) })
        let kinds = query.concepts.filter { QuestionFillerWords.answerKinds.contains($0.surface) }
        // Nothing of its own to look for, and no particular kind of answer
        // wanted: it asks about what was said ("Klopt dat?", "Waarom?").
        let continues = own.isEmpty && (query.type == .other || query.type == .reason)
        return FollowUpContext(
            anchors: turn.answer.sentences.map(\.text), anchorConfidence: turn.answer.confidence, pointsBack: pointsBack,
            asksAboutUnknownThing: known.count < own.count,
            ownConcepts: known.filter { !$0.allTerms.contains(where: said.contains) }.map(\.allTerms),
            answerKinds: kinds.map(\.allTerms), asksToContinue: continues)
    }

    /// The question read in the context of `previous`.
    public func contextual(_ query: AnalyzedQuery, after previous: Conversation.Turn) -> AnalyzedQuery {
        var merged = query
        let own = Set(query.concepts.flatMap(\.allTerms))
        // "En in Leerdam?" after "Wat doet Figulus in Aalten?": a new name
        // takes the place of the names asked about before.
        let replacedNames = Self.names(in: query.question).isEmpty ? [] : Self.names(in: previous.question)
        for var concept in previous.query.concepts
        where !concept.allTerms.contains(where: own.contains) && !replacedNames.contains(concept.surface) {
            concept.importance *= carriedImportance
            merged.concepts.append(concept)
        }
        if merged.type == .other, previous.query.type != .definition { merged.type = previous.query.type }
        for source in previous.answer.sources.prefix(previous.answer.answered ? 2 : 0) {
            merged.contextDocuments[source.id] = citedDocumentFactor
        }
        return merged
    }
}
