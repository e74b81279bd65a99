import Foundation
import Testing
@testable import VraagbaakCore

/// "de blog over X", "het artikel 'X'": the words that name an article lead
/// retrieval to it, but the answer need not hold them.
struct DocumentReferenceTests {
    private func analyzed(_ question: String) throws -> AnalyzedQuery {
        let fixture = try IndexFixture()
        try fixture.build()
        return try KnowledgeBase.open(fixture.configuration).analyze(question)
    }

    private func namingWords(_ query: AnalyzedQuery) -> [String] {
        query.concepts.filter(\.namesDocument).map(\.surface)
    }

    @Test func wordsAfterOverThatATitleHoldsNameTheArticle() throws {
        let query = try analyzed("Welke app noemt het artikel over jongerenwerkers in de wijk?")
        #expect(namingWords(query) == ["jongerenwerkers", "wijk"])
        #expect(query.contextDocuments["jongerenwerk"] == DocumentReference.documentFactor)
        // What the question asks about is not part of the reference.
        #expect(query.concepts.first { $0.surface == "app" }?.namesDocument == false)
    }

    @Test func aQuotedTitleNamesTheArticle() throws {
        let query = try analyzed("Wat staat er in het bericht 'Snelle hulp bij schulden' over de uitgaven?")
        #expect(namingWords(query) == ["snelle", "hulp", "schulden"])
        #expect(query.contextDocuments["schuldhulp"] == DocumentReference.documentFactor)
    }

    /// The run stops at the first word the title does not hold.
    @Test func theReferenceEndsWhereTheTitleDoes() throws {
        let query = try analyzed("Hoeveel mensen noemt de blog over werk vinden in Aalten?")
        #expect(namingWords(query) == ["werk", "vinden"])
        #expect(query.contextDocuments["bijstand"] != nil)
    }

    @Test(arguments: [
        "Wat zegt de blog over ouderen?",  // no title holds "ouderen"
        "Wat vindt de gemeente over jongerenwerkers?",  // "over" without a word for an article
        "Wat is volgens de blog het belangrijkste?",  // an article word without "over"
    ])
    func withoutATitleOrAnArticleWordThereIsNoReference(question: String) throws {
        let query = try analyzed(question)
        #expect(namingWords(query).isEmpty)
        #expect(query.contextDocuments.isEmpty)
    }

    /// The answer's coverage leaves the naming words out: a sentence that
    /// holds only what is asked covers the whole question.
    @Test func theAnswerNeedNotRepeatTheNamingWords() throws {
        let fixture = try IndexFixture()
        try fixture.build()
        let knowledge = try KnowledgeBase.open(fixture.configuration)
        let query = knowledge.analyze("Hoe bereikbaar zijn ze volgens het artikel over jongerenwerkers in de wijk?")
        let retrieval = try knowledge.retrieve(query)
        let meter = SentenceCoverage(retrieval, termID: knowledge.termID)
        let terms = Set(knowledge.queryAnalyzer.analyzer.analyze("Ze zijn dag en nacht bereikbaar.").compactMap { knowledge.termID($0.text) })
        #expect(meter.coverage(of: terms) == 1)
    }

    /// When the naming words are all a question has, they still carry it.
    @Test func aQuestionOnlyAboutTheArticleKeepsItsWords() throws {
        let fixture = try IndexFixture()
        try fixture.build()
        let knowledge = try KnowledgeBase.open(fixture.configuration)
        let query = knowledge.analyze("Wat staat er in het artikel over jongerenwerkers?")
        #expect(namingWords(query) == ["jongerenwerkers"])
        let retrieval = try knowledge.retrieve(query)
        let meter = SentenceCoverage(retrieval, termID: knowledge.termID)
        let terms = Set(knowledge.queryAnalyzer.analyzer.analyze("Ze kennen de jongeren.").compactMap { knowledge.termID($0.text) })
        #expect(meter.coverage(of: terms) < 1)
    }
}
