import Foundation
import Testing
@testable import VraagbaakCore

/// "Wie heeft de blog over … geschreven?", "Wanneer is het bericht …
/// verschenen?": answered from the article's details, not from its sentences.
final class ArticleDetailTests {
    static let articles: [(path: String, text: String)] = [
        ("moestuin.md", """
            ---
            id: moestuin
            title: "De moestuin van de buurt"
            author: "Els de Wit"
            date: "2022-05"
            ---
            In de wijk Zuidhoek hebben bewoners samen een moestuin aangelegd. Vrijwilligers geven er elke zaterdag les aan kinderen. De oogst gaat naar de voedselbank van de gemeente.

            Els de Wit schreef over de tuin al eerder een stuk voor de wijkkrant. De gemeenten Zuidhoek en Noordveld willen de moestuin nu ook elders beginnen.
            """),
        ("repaircafe.md", """
            ---
            id: repaircafe
            title: "Het repaircafe groeit"
            ---
            Het repaircafe in de bibliotheek repareert elke maand zo'n tachtig apparaten. Vrijwilligers met technische kennis helpen bezoekers hun spullen zelf te maken.
            """),
    ]

    private let folder: KnowledgeTestFolder
    let vraagbaak: Vraagbaak

    init() throws {
        folder = try KnowledgeTestFolder()
        for article in Self.articles { try folder.write("kennis/\(article.path)", article.text) }
        vraagbaak = try Vraagbaak(
            knowledge: try KnowledgeBase.open(folder.knowledgeConfiguration), promptsFolder: RepositoryVraagbaak.prompts)
    }

    @Test(arguments: [
        "Wie heeft de blog over de moestuin van de buurt geschreven?",
        "Wie is de auteur van het artikel over de moestuin?",
        "Wie schreef het stuk 'De moestuin van de buurt'?",
        "Auteur van de blog over de moestuin?",
    ])
    func theAuthorIsSaidFromTheArticlesDetails(question: String) throws {
        let answer = try vraagbaak.ask(question)
        #expect(answer.answered)
        #expect(answer.answer == "„De moestuin van de buurt” is geschreven door Els de Wit. [1]")
        #expect(answer.sources.map(\.id) == ["moestuin"])
        // Nothing is quoted, so nothing can be misquoted; the JSON says where the answer came from.
        #expect(answer.sentences.isEmpty)
        #expect(answer.articleDetail == .author)
        #expect(try AnswerJSON.encode(answer).contains(#""article_detail":"author""#))
    }

    @Test(arguments: [
        "Wanneer is het bericht over de moestuin van de buurt geschreven?",
        "Van wanneer is de blog over de moestuin?",
        "Wat is de datum van het artikel over de moestuin?",
    ])
    func theDateIsSaidAsPreciselyAsTheDetailsGiveIt(question: String) throws {
        let answer = try vraagbaak.ask(question)
        #expect(answer.answer == "„De moestuin van de buurt” is van mei 2022. [1]")
        #expect(answer.confidence == 1)
    }

    /// A question about the article's content that mentions its writer is
    /// answered from the text as usual.
    @Test func aQuestionAboutTheContentIsReadAsUsual() throws {
        let answer = try vraagbaak.ask("Welke gemeenten willen volgens de schrijfster van de blog over de moestuin ook zo'n tuin?")
        #expect(ArticleDetail.asked(by: vraagbaak.knowledge.analyze(
            "Welke gemeenten willen volgens de schrijfster van de blog over de moestuin ook zo'n tuin?")) == nil)
        #expect(answer.answered)
        #expect(!answer.sentences.isEmpty)
        #expect(!answer.answer.contains("is geschreven door"))
        #expect(answer.articleDetail == nil)
        #expect(try !AnswerJSON.encode(answer).contains("article_detail"))
    }

    /// An article whose details do not give the writer is not answered with
    /// a guess, but named as the article asked about.
    @Test func anArticleWithoutTheDetailIsNotAnswered() throws {
        let answer = try vraagbaak.ask("Wie heeft het artikel over het repaircafe geschreven?")
        #expect(!answer.answered)
        #expect(answer.sources.map(\.id) == ["repaircafe"])
    }

    /// In a conversation, "dat" is the article the previous answer quoted.
    @Test func aFollowUpAsksAboutThePreviousAnswersArticle() throws {
        var conversation = Conversation()
        let first = try vraagbaak.ask("Waar gaat de oogst van de moestuin naartoe?", in: &conversation)
        #expect(first.sources.first?.id == "moestuin")
        let author = try vraagbaak.ask("Wie heeft dat geschreven?", in: &conversation)
        #expect(author.answer.contains("Els de Wit"))
        let date = try vraagbaak.ask("En wanneer is het verschenen?", in: &conversation)
        #expect(date.answer.contains("mei 2022"))
    }

    /// Without an article named or answered before, "dat" points at nothing.
    @Test func withNothingToPointAtTheQuestionIsReadAsUsual() throws {
        let query = vraagbaak.knowledge.analyze("Wie heeft dat geschreven?")
        #expect(ArticleDetail.asked(by: query) == .author)
        #expect(try vraagbaak.ask("Wie heeft dat geschreven?").answer.contains("Els de Wit") == false)
    }

    @Test func theWriterAsksTheAuthorAfterAnAnswer() throws {
        #expect(ArticleDetail.asked(by: vraagbaak.knowledge.analyze("Wie is de schrijver daarvan?")) == .author)
        #expect(ArticleDetail.asked(by: vraagbaak.knowledge.analyze("Wie is de schrijver?")) == nil)
        #expect(ArticleDetail.asked(by: vraagbaak.knowledge.analyze("Wie is de schrijfster van dit stuk?")) == .author)
    }

    @Test func aBareQuestionWordDoesNotAskADetail() throws {
        #expect(ArticleDetail.asked(by: vraagbaak.knowledge.analyze("Wie?")) == nil)
        #expect(ArticleDetail.asked(by: vraagbaak.knowledge.analyze("Wanneer is de oogst?")) == nil)
    }

    @Test func anEnglishQuestionHearsEnglishMonths() throws {
        let document = try #require(vraagbaak.knowledge.document(id: "moestuin"))
        #expect(ArticleDetail.date.value(of: document, in: .english) == "May 2022")
        #expect(ArticleDetail.author.value(of: document, in: .english) == "Els de Wit")
    }

    @Test(arguments: [
        ("2021-03", "maart 2021"), ("2018", "2018"), ("2018-03-21", "21 maart 2018"),
        ("2018-03-21T10:30:00Z", "21 maart 2018"),
    ])
    func datesAreSaidAsWritten(written: String, spoken: String) {
        #expect(PublicationDate(written)?.spoken(in: .dutch) == spoken)
    }

    @Test(arguments: ["maart 2021", "2021-13", "21-03-2018", "202", "2021-", ""])
    func otherDateFormsAreNotRead(written: String) {
        #expect(PublicationDate(written) == nil)
    }

    /// What the editor wrote in another form is said as written; nothing is made up.
    @Test func aDateInWordsIsSaidAsWritten() throws {
        let document = SourceDocument(id: "x", title: "X", date: " voorjaar 2020 ", path: "x.md", text: "")
        #expect(ArticleDetail.date.value(of: document, in: .dutch) == "voorjaar 2020")
        #expect(ArticleDetail.date.value(of: SourceDocument(id: "y", title: "Y", date: " ", path: "y.md", text: ""), in: .dutch) == nil)
    }
}
