import Testing
@testable import VraagbaakCore

/// A sentence that opens by pointing back brings the one before it; "het"
/// does so only as a pronoun.
@Suite struct PointingBackTests {
    @Test(arguments: [
        "Dat stelt brancheorganisatie Sociaal Werk Nederland.", "Deze organisatie werkt voor zeven gemeenten.",
        "Het is maart 2021.", "Het gaat om mensen die al jaren thuis zitten.", "Het zit erop: de eerste coronazomer.",
        "Daarmee ontnemen ze de jongerenwerker zijn kracht.", "Bijvoorbeeld van teksten, muziek of foto's.",
    ])
    func aSentenceOpeningWithAPointingWordPointsBack(sentence: String) {
        #expect(AnswerComposer.pointsBack(sentence))
    }

    @Test(arguments: [
        "Het sociaal werk zal zich op deze doelgroepen moeten richten.", "Het slechte nieuws is dat gemeenten het overnemen.",
        "Het kabinet wil de regels aanpassen.", "Het.", "Sociaal werk in de wijken wordt steeds belangrijker.", "",
    ])
    func anArticleOrAnotherOpeningDoesNotPointBack(sentence: String) {
        #expect(!AnswerComposer.pointsBack(sentence))
    }

    /// A short page's "maar" goes on with the sentence before it ("om uit de
    /// dode hoek te blijven moet u niet naast de vrachtwagen gaan staan. maar
    /// er rechts en ruim achter blijven."); an article's opens a turn of its
    /// argument that reads on its own.
    @Test func maarPointsBackOnAShortPageOnly() {
        let sentence = "Maar er rechts en ruim achter blijven."
        #expect(AnswerComposer.pointsBack(sentence, onShortPage: true))
        #expect(!AnswerComposer.pointsBack(sentence, onShortPage: false))
        #expect(!AnswerComposer.pointsBack("Maarten helpt u verder.", onShortPage: true))
    }

    @Test func aShortPagesMaarSentenceIsQuotedWithTheSentenceBefore() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("kennis/dode-hoek.md", """
            ---
            id: dode-hoek
            ---
            Deze pagina gaat over verkeer. Lees haar rustig door. Er staan tips op. U mag er niet naast gaan staan of rijden. Maar blijf er als fietser rechts en ruim achter bij een vrachtwagen in de dode hoek. Een vrachtwagen ziet een fietser in de dode hoek niet.
            """)
        let knowledge = try KnowledgeBase.open(folder.knowledgeConfiguration)
        let retrieval = try knowledge.retrieve(knowledge.analyze("Hoe blijf ik als fietser uit de dode hoek van een vrachtwagen?"))
        var options = AnswerOptions()
        options.threshold = 0
        options.maximumSentences = 2
        let composer = AnswerComposer(options: options)
        let best = try #require(composer.best(of: composer.candidates(retrieval, in: knowledge), .none))
        #expect(best.text.hasPrefix("Maar blijf"))
        let answer = composer.compose(retrieval, in: knowledge, notAnswered: "-")
        #expect(answer.sentences.map(\.text) == [
            "U mag er niet naast gaan staan of rijden.",
            "Maar blijf er als fietser rechts en ruim achter bij een vrachtwagen in de dode hoek.",
        ])
    }
}
