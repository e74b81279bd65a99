import Testing
@testable import VraagbaakCore

/// Follow-up questions within one conversation, on the bundled articles.
@Suite struct ConversationTests {
    @Test func aFollowUpIsReadWithThePreviousQuestion() throws {
        let bot = try RepositoryVraagbaak()
        var conversation = Conversation()
        _ = try bot.vraagbaak.ask("Wat is het granieten bestand?", in: &conversation)
        let answer = try bot.vraagbaak.ask("Hoeveel mensen zijn dat?", in: &conversation)
        let turn = try #require(conversation.last)
        #expect(turn.wasFollowUp)
        #expect(turn.query.allTerms.contains("graniet"))
        #expect(answer.sources.first?.id == "granieten-bestand-toch-niet-van-steen")
    }

    @Test func aCompleteNewQuestionStartsFresh() throws {
        let bot = try RepositoryVraagbaak()
        var conversation = Conversation()
        _ = try bot.vraagbaak.ask("Wat is het granieten bestand?", in: &conversation)
        let answer = try bot.vraagbaak.ask("Waarom moeten gemeenten het jongerenwerk niet zelf gaan doen?", in: &conversation)
        #expect(conversation.last?.wasFollowUp == false)
        #expect(!(conversation.last?.query.allTerms.contains("graniet") ?? true))
        #expect(answer.sources.first?.id == "jongerenwerkers-geen-ambtenaren")
    }

    @Test func aNewNameTakesThePlaceOfTheNamesAskedAboutBefore() throws {
        let bot = try RepositoryVraagbaak()
        var conversation = Conversation()
        _ = try bot.vraagbaak.ask("Wat doet Figulus in Aalten?", in: &conversation)
        _ = try bot.vraagbaak.ask("En in Leerdam?", in: &conversation)
        let terms = try #require(conversation.last?.query.allTerms)
        #expect(terms.contains("leerdam"))
        #expect(!terms.contains("aalten"))
        #expect(!terms.contains("figulus"))
    }

    @Test(arguments: [
        ("Wat doet Figulus in Aalten?", ["figulus", "aalten"]),
        ("En in Leerdam?", ["leerdam"]),
        ("Wat is het granieten bestand?", []),
        ("Gisteren. Wie is Rachel?", ["rachel"]),
    ])
    func namesAreTheCapitalisedWordsInsideASentence(question: String, names: [String]) {
        #expect(FollowUpResolver.names(in: question) == Set(names))
    }

    /// Small talk in the middle of a conversation is not a question about
    /// the previous answer: it used to get that answer again, at 0.9.
    @Test(arguments: ["Hoe gaat het?", "Hoe laat is het?", "Hoe is het met je?"])
    func smallTalkDoesNotLeanOnThePreviousAnswer(question: String) throws {
        let bot = try RepositoryVraagbaak()
        var conversation = Conversation()
        let first = try bot.vraagbaak.ask("Wie is Rachel?", in: &conversation)
        #expect(first.answered)
        let answer = try bot.vraagbaak.ask(question, in: &conversation)
        #expect(!answer.answered)
        #expect(conversation.last?.wasFollowUp == false)
    }

    /// "dan" carries on from the previous answer, also with "het".
    @Test func aQuestionWithDanStillLeansOnThePreviousAnswer() throws {
        let resolver = FollowUpResolver()
        let bot = try RepositoryVraagbaak()
        let question = "Om wie gaat het dan?"
        #expect(resolver.pointsBack(question, query: bot.vraagbaak.knowledge.analyze(question)))
        let smallTalk = "Om wie gaat het?"
        #expect(!resolver.pointsBack(smallTalk, query: bot.vraagbaak.knowledge.analyze(smallTalk)))
    }

    @Test func aWhyQuestionDoesNotJustRepeatThePreviousAnswer() throws {
        let bot = try RepositoryVraagbaak()
        var conversation = Conversation()
        let first = try bot.vraagbaak.ask("Wat concludeerde de WRR over eigen kracht?", in: &conversation)
        let why = try bot.vraagbaak.ask("Waarom?", in: &conversation)
        #expect(conversation.last?.wasFollowUp == true)
        #expect(first.answered && why.answered)
        #expect(why.sentences.map(\.text) != first.sentences.map(\.text))
    }

    @Test func aConversationKeepsItsLastTurnsOnly() throws {
        let bot = try RepositoryVraagbaak()
        var conversation = Conversation()
        conversation.maximumTurns = 2
        for question in ["Wat is het granieten bestand?", "Wie is Rachel?", "Wat doet Figulus?"] {
            _ = try bot.vraagbaak.ask(question, in: &conversation)
        }
        #expect(conversation.turns.map(\.question) == ["Wie is Rachel?", "Wat doet Figulus?"])
        conversation.reset()
        #expect(conversation.last == nil)
    }
}
