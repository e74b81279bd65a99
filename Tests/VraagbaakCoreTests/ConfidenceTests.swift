import Foundation
import Testing
@testable import VraagbaakCore

/// A question that asks for a number is answered with one, or not at all.
@Suite struct AnswerTypeConfidenceTests {
    @Test func aHowManyQuestionIsAnsweredWithANumber() throws {
        let fixture = try FollowUpFixture()
        let answer = try fixture.vraagbaak.ask("Hoeveel ouderen komen er wekelijks in buurthuis De Linde?")
        #expect(answer.answered)
        #expect(answer.answer.contains("60 ouderen"))
    }

    /// The bibliotheek article says many volunteers work there, but not how
    /// many: a quote of that sentence would look like an answer and is not one.
    @Test func aHowManyQuestionWhoseQuoteHoldsNoNumberIsNotAnswered() throws {
        let fixture = try FollowUpFixture()
        let answer = try fixture.vraagbaak.ask("Hoeveel vrijwilligers werken er in de bibliotheek van Oosterwijk?")
        #expect(!answer.answered)
        #expect(answer.confidence < AnswerOptions().threshold)
    }

    /// The number may stand in the sentence the best one points back to,
    /// which the quote brings along; a number elsewhere does not count.
    @Test func aNumberCountsInTheBestSentenceOrTheOneItPointsBackTo() {
        func sentence(_ index: Int, _ text: String, typeMatch: Bool) -> SentenceCandidate {
            var features = SentenceFeatures()
            features.typeMatch = typeMatch ? 1 : 0
            return SentenceCandidate(
                documentID: "d", passageRank: 0, passageID: 1, index: index, range: 0..<text.utf8.count, text: text,
                score: 1, wordCount: 5, features: features)
        }
        let composer = AnswerComposer()
        let counted = sentence(0, "Avres werkt voor zeven gemeenten.", typeMatch: true)
        let pointing = sentence(1, "Deze organisatie helpt veel mensen.", typeMatch: false)
        let plain = sentence(1, "Avres helpt veel mensen.", typeMatch: false)
        let later = sentence(2, "Het duurt drie dagen.", typeMatch: true)
        #expect(composer.answerTypeFactor(.quantity, best: pointing, among: [counted, pointing]) == 1)
        #expect(composer.answerTypeFactor(.quantity, best: plain, among: [counted, plain, later]) < 0.5)
        #expect(composer.answerTypeFactor(.quantity, best: counted, among: [counted]) == 1)
        #expect(composer.answerTypeFactor(.definition, best: plain, among: [plain]) == 1)
        #expect(composer.answerTypeFactor(.time, best: plain, among: [plain]) == 0.75)
        #expect(composer.answerTypeFactor(.person, best: plain, among: [plain]) == 1)
    }
}

/// The story around a question does not make its answer less sure: only
/// the asking sentence has to be answered.
@Suite struct StoryQuestionConfidenceTests {
    @Test func aLongStoryDoesNotLowerTheConfidenceOfAnAnsweredQuestion() throws {
        let fixture = try FollowUpFixture()
        let plain = try fixture.vraagbaak.ask("Wat koken vrijwilligers elke dinsdag in het buurthuis?")
        let story = try fixture.vraagbaak.ask("""
            Mijn moeder van tachtig woont sinds de dood van mijn vader alleen, en ik merk dat ze weinig eet en haar \
            dagen steeds stiller worden. Ik woon zelf ver weg en kan niet vaak langskomen. Wat koken vrijwilligers \
            elke dinsdag in het buurthuis?
            """)
        #expect(plain.answered)
        #expect(story.answered)
        #expect(story.answer.contains("warme maaltijd"))
        #expect(story.confidence >= plain.confidence - 0.05)
    }
}

/// "Waar werkt zij?" with nothing before it does not say who is meant.
@Suite struct UnnamedPersonTests {
    @Test(arguments: ["Waar werkt zij?", "Hoeveel verdient hij?", "Wat is hun taak?"])
    func aFirstQuestionAboutSomeoneUnnamedIsNotAnswered(question: String) throws {
        let bot = try RepositoryVraagbaak()
        let answer = try bot.ask(question)
        #expect(!answer.answered, "\(answer.answer)")
        #expect(answer.confidence == 0)
    }

    /// After "Wie is Rachel?" the same question is about her.
    @Test func theSameQuestionAfterANamedPersonIsAnswered() throws {
        let bot = try RepositoryVraagbaak()
        var conversation = Conversation()
        _ = try bot.vraagbaak.ask("Wie is Rachel?", in: &conversation)
        let answer = try bot.vraagbaak.ask("Waar werkt zij?", in: &conversation)
        #expect(answer.answered)
        #expect(answer.answer.contains("bibliotheek"))
    }

    /// A question that names what it asks about may say "ze" as well.
    @Test func aQuestionWithContentOfItsOwnIsNotCaught() throws {
        let bot = try RepositoryVraagbaak()
        let answer = try bot.ask("Wat doen ze in Aalten voor mensen in de bijstand?")
        #expect(answer.answered)
    }
}
