import Testing
@testable import VraagbaakCore

/// Sub-headings a crawl flattened into the text ("…, title: kop, : tekst")
/// stay out of the quote, and what is quoted is word for word the page's.
struct InlineHeadingsTests {
    @Test func aSentenceWithoutAHeadingIsQuotedWhole() {
        let sentence = "De gemeente past uw adres aan in de basisregistratie personen (brp)."
        #expect(InlineHeadings.quotedParts(of: sentence) == [sentence[...]])
    }

    @Test func theHeadingAndItsMarkersAreLeftOut() {
        let sentence = "dan heeft u bewijs als u het niet eens bent met de navordering., title: bewaarplicht financiële gegevens van bedrijven, : bedrijven en zelfstandigen moeten hun administratie 7 jaar bewaren."
        let parts = InlineHeadings.quotedParts(of: sentence)
        #expect(parts.map(String.init) == [
            "dan heeft u bewijs als u het niet eens bent met de navordering.",
            "bedrijven en zelfstandigen moeten hun administratie 7 jaar bewaren.",
        ])
        // Each part is the page's text as it stands.
        for part in parts { #expect(sentence.contains(part)) }
    }

    @Test func aSentenceOpeningWithAHeadingKeepsOnlyItsText() {
        let parts = InlineHeadings.quotedParts(of: "title: start ziektewet-uitkering, : heeft u recht op een ziektewet-uitkering?")
        #expect(parts.map(String.init) == ["heeft u recht op een ziektewet-uitkering?"])
    }

    @Test func twoHeadingsInOneSentence() {
        let parts = InlineHeadings.quotedParts(of: "eerste deel.title: kop een, : tweede deel., title: kop twee, : derde deel.")
        #expect(parts.map(String.init) == ["eerste deel.", "tweede deel.", "derde deel."])
    }

    /// Only the crawl's marker counts: "subtitle: " or a marker without its
    /// closing ", :" is text.
    @Test func textThatOnlyLooksLikeAMarkerStays() {
        for sentence in ["De film heeft een subtitle: zie de website.", "Zijn werk kreeg de title: meester, en terecht."] {
            #expect(InlineHeadings.quotedParts(of: sentence) == [sentence[...]])
        }
    }

    @Test func aQuotedAnswerHoldsNoMarker() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("kennis/bewaren.md", """
            ---
            id: bewaren
            ---
            u moet uw belastingaangifte 7 jaar bewaren. dan heeft u bewijs als de belastingdienst vragen stelt., title: bewaarplicht voor bedrijven, : bedrijven moeten hun administratie 7 jaar bewaren.
            """)
        try folder.write("kennis/verhuizen.md", """
            ---
            id: verhuizen
            ---
            u geeft uw verhuizing door aan de gemeente waar u gaat wonen. de gemeente past uw adres aan.
            """)
        let configuration = folder.knowledgeConfiguration
        let vraagbaak = try Vraagbaak(knowledge: try KnowledgeBase.open(configuration), promptsFolder: RepositoryVraagbaak.prompts)
        let answer = try vraagbaak.ask("Hoe lang moeten bedrijven hun administratie bewaren?")
        #expect(answer.answered)
        #expect(answer.answer.contains("bedrijven moeten hun administratie 7 jaar bewaren."))
        #expect(!answer.answer.contains("title:"))
        #expect(!answer.sentences.contains { $0.text.contains(", :") })
    }
}

/// A sentence too long to quote whole is cut at a colon, which may be the
/// colon of "title:"; the marker's halves are left out of both pieces.
struct InlineHeadingCutTests {
    @Test func aPieceEndingOnTheMarkerLeavesItOut() {
        let parts = InlineHeadings.quotedParts(of: "koopt in een restaurant of zaaltje., title:")
        #expect(parts.map(String.init) == ["koopt in een restaurant of zaaltje."])
    }

    @Test func aPieceOpeningWithTheHeadingsEndLeavesItOut() {
        let parts = InlineHeadings.quotedParts(of: "regels voor verkoop buiten de winkelruimte, : er zijn regels voor verkoop.")
        #expect(parts.map(String.init) == ["er zijn regels voor verkoop."])
    }
}
