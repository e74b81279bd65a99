import Foundation
import Testing
@testable import VraagbaakCore

/// On a short page the best sentence is quoted with the page's opening and,
/// before other sentences, with its neighbours.
@Suite struct ShortPageQuoteTests {
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
        let configuration = folder.knowledgeConfiguration
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
        let opening = candidates.filter { $0.features.lead >= 2 }
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

    private static let passportPage = """
        ---
        id: paspoort
        ---
        Een paspoort vraagt u aan bij de gemeente. Dat kan alleen op afspraak. Neem een pasfoto mee.

        Voor een paspoort voor uw kind geldt iets anders. Een paspoort voor een kind kost minder dan een paspoort voor volwassenen. De prijs verschilt per gemeente. Een paspoort voor een kind is vijf jaar geldig.
        """

    private func passportAnswer(priority: Double) throws -> (Answer, [SentenceCandidate]) {
        let folder = try KnowledgeTestFolder()
        try folder.write("kennis/paspoort.md", Self.passportPage)
        let configuration = folder.knowledgeConfiguration
        let knowledge = try KnowledgeBase.open(configuration)
        let retrieval = try knowledge.retrieve(knowledge.analyze("Wat kost een paspoort voor een kind?"))
        var options = AnswerOptions()
        options.threshold = 0
        options.shortPageNeighbourPriority = priority
        let composer = AnswerComposer(options: options)
        return (composer.compose(retrieval, in: knowledge, notAnswered: "-"), composer.candidates(retrieval, in: knowledge))
    }

    @Test func theBestSentencesNeighbourOnAShortPageIsQuotedFirst() throws {
        let (answer, candidates) = try passportAnswer(priority: AnswerOptions().shortPageNeighbourPriority)
        #expect(candidates.allSatisfy { $0.onShortPage })
        // The opening (`shortPageLead`), then the sentence right before the best
        // one, though "… is vijf jaar geldig." holds more of the question.
        #expect(answer.sentences.map(\.text) == [
            "Een paspoort vraagt u aan bij de gemeente.", "Voor een paspoort voor uw kind geldt iets anders.",
            "Een paspoort voor een kind kost minder dan een paspoort voor volwassenen.",
        ])
    }

    @Test func withoutThePriorityTheBetterScoringSentencesComeFirst() throws {
        let (answer, candidates) = try passportAnswer(priority: 0)
        let neighbour = try #require(candidates.first { $0.text.hasPrefix("Voor een paspoort voor uw kind") })
        let quoted = candidates.filter { candidate in answer.sentences.contains { $0.text == candidate.text } }
        #expect(quoted.count == 3)
        #expect(!quoted.contains { $0.text == neighbour.text })
        #expect(quoted.allSatisfy { $0.score > neighbour.score })
    }

    @Test func aLongArticleIsNotAShortPage() throws {
        let bot = try RepositoryVraagbaak()
        let knowledge = bot.vraagbaak.knowledge
        let candidates = AnswerComposer().candidates(try knowledge.retrieve(knowledge.analyze("Wat is het granieten bestand?")), in: knowledge)
        #expect(!candidates.isEmpty)
        #expect(!candidates.contains { $0.onShortPage })
    }
}
