import Testing
@testable import VraagbaakCore

/// A sentence that opens by pointing back brings the one before it; "het"
/// does so only as a pronoun.
@Suite struct PointingBackTests {
    @Test(arguments: [
        "Dat stelt brancheorganisatie Sociaal Werk Nederland.", "Deze organisatie werkt voor zeven gemeenten.",
        "Het is maart 2021.", "Het gaat om mensen die al jaren thuis zitten.", "Het zit erop: de eerste coronazomer.",
        "Daarmee ontnemen ze de jongerenwerker zijn kracht.",
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
}
