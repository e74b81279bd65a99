import Foundation
import Testing
@testable import VraagbaakCore

/// A short page's opening is quoted with a best sentence from further on the page.
@Suite struct ShortPageLeadCompanionTests {
    private static let page = """
        ---
        id: minimumloon
        ---
        Uw minimumloon bestaat in ieder geval uit uw basisloon. Vraag uw werkgever om uitleg. Kijk ook op uw loonstrook.

        Twijfelt u wat er meetelt? Wat telt mee voor uw minimumloon en wat telt niet mee voor uw minimumloon, dat hangt af van uw contract. Een bonus telt soms mee voor het minimumloon. Een reiskostenvergoeding telt niet mee voor het minimumloon.
        """

    private static let question = "Wat telt mee voor mijn minimumloon?"

    private func candidates() throws -> (AnswerComposer, [SentenceCandidate], RetrievalResult, KnowledgeBase) {
        let folder = try KnowledgeTestFolder()
        try folder.write("kennis/minimumloon.md", Self.page)
        let configuration = KnowledgeConfiguration(
            folder: folder.url.appendingPathComponent("kennis"), indexPath: folder.url.appendingPathComponent("index.sqlite").path)
        let knowledge = try KnowledgeBase.open(configuration)
        let retrieval = try knowledge.retrieve(knowledge.analyze(Self.question))
        var options = AnswerOptions()
        options.threshold = 0
        let composer = AnswerComposer(options: options)
        return (composer, composer.candidates(retrieval, in: knowledge), retrieval, knowledge)
    }

    @Test func theOpeningIsQuotedWithALaterBestSentence() throws {
        let (composer, candidates, retrieval, knowledge) = try candidates()
        let best = try #require(composer.best(of: candidates, .none))
        #expect(!best.text.hasPrefix("Uw minimumloon"))
        let answer = composer.compose(retrieval, in: knowledge, notAnswered: "-")
        #expect(answer.sentences.contains { $0.text.hasPrefix("Uw minimumloon bestaat") })
        let lead = try #require(composer.shortPageLead(for: best, in: candidates))
        #expect(lead.text.hasPrefix("Uw minimumloon bestaat"))
    }

    @Test func onlyAnOpeningSentenceWithTheQuestionsWordsIsChosen() throws {
        let (composer, candidates, _, _) = try candidates()
        let best = try #require(composer.best(of: candidates, .none))
        let opening = candidates.filter { $0.features.lead == 2 }
        #expect(opening.count == 3)
        #expect(composer.shortPageLead(for: best, in: candidates)?.features.ownCoverage ?? 0 > 0)
        #expect(opening.contains { $0.features.ownCoverage == 0 })
    }

    @Test func aLongArticleHasNoShortPageLead() throws {
        let bot = try RepositoryVraagbaak()
        let knowledge = bot.vraagbaak.knowledge
        let composer = AnswerComposer()
        for question in ["Waarom moeten gemeenten het jongerenwerk niet zelf gaan doen?", "Wat is het granieten bestand?"] {
            let candidates = composer.candidates(try knowledge.retrieve(knowledge.analyze(question)), in: knowledge)
            let best = try #require(composer.best(of: candidates, .none))
            #expect(composer.shortPageLead(for: best, in: candidates) == nil)
        }
    }
}
