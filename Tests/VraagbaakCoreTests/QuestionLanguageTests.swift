import Testing
@testable import VraagbaakCore

/// English questions are spoken to in English prompts; Dutch ones, also with
/// an English word in them, in Dutch.
@Suite struct QuestionLanguageTests {
    @Test(arguments: [
        "What is the granite file?",
        "How can I get help with my debts?",
        "where do I find a social worker",
    ])
    func englishQuestionsAreEnglish(question: String) {
        #expect(QuestionLanguage.of(question) == .english)
    }

    @Test(arguments: [
        "Wat is het granieten bestand?",
        "Wat is de deadline voor de aanvraag?",
        "granieten bestand",
        "Is er een helpdesk voor mijn vraag?",
        "",
    ])
    func dutchQuestionsStayDutch(question: String) {
        #expect(QuestionLanguage.of(question) == .dutch)
    }

    @Test func anEnglishQuestionGetsEnglishPromptsAndDutchQuotes() throws {
        let bot = try RepositoryVraagbaak()
        let answer = try bot.ask("What is the granite file?")
        #expect(answer.language == "en")
        let english = try PromptSet.load(from: RepositoryVraagbaak.prompts, language: .english)
        if answer.answered {
            #expect(bot.vraagbaak.prompts(for: answer).render(answer).contains("quoted sentences are in Dutch"))
        } else {
            #expect(answer.answer == english.text("not-answered.txt"))
        }
    }

    @Test func aDutchQuestionIsAnsweredInDutch() throws {
        let bot = try RepositoryVraagbaak()
        let answer = try bot.ask("Wat is het granieten bestand?")
        #expect(answer.language == "nl")
        #expect(bot.vraagbaak.prompts(for: answer).render(answer).contains("Bronnen:"))
    }
}
