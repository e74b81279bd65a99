import Foundation
import Testing
@testable import VraagbaakCore

/// A page that speaks to the reader as "u" opens with its answer, however
/// long it is; an article told about others opens with a build-up.
@Suite struct ReaderPageTests {
    /// Five paragraphs of over forty words each: five passages, longer than
    /// a short page (`AnswerComposer.shortPagePassages`).
    private static func page(opening: String, paragraphs count: Int = 4) -> String {
        let topics = ["de markt", "het stadhuis", "het station", "de haven", "het park", "de kerk", "het museum", "de school",
            "het ziekenhuis", "de bibliotheek"].prefix(count)
        let paragraphs = topics.enumerated().map { number, place in
            "Rond \(place) gelden eigen regels voor het parkeren. Een plek kost daar \(number + 2) euro per uur. "
                + "Wie bij \(place) parkeert, betaalt bij de automaat of met een app op de telefoon. Bezoekers van \(place) "
                + "vinden ook een garage in de buurt, waar het eerste uur \(number + 1) euro kost en elk volgend uur iets minder."
        }
        return "---\nid: parkeren\n---\n" + opening + "\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
    }

    private static let speaksToReader = "Als u in de binnenstad woont, krijgt u een parkeervergunning van de gemeente. "
        + "Uw vergunning geldt alleen in uw eigen wijk. Een vergunning kost dertig euro per jaar. "
        + "De gemeente stuurt de vergunning binnen twee weken naar uw adres. Daarna mag u in de wijk parkeren."
    private static let tellsOfOthers = "Bewoners van de binnenstad krijgen een parkeervergunning van de gemeente. "
        + "Hun vergunning geldt alleen in hun eigen wijk. Een vergunning kost dertig euro per jaar. "
        + "De gemeente stuurt de vergunning binnen twee weken naar hun adres. Daarna mogen zij in de wijk parkeren."

    private func openingLead(of opening: String, readerPages: Bool = true, paragraphs: Int = 4) throws -> Double {
        let folder = try KnowledgeTestFolder()
        try folder.write("kennis/parkeren.md", Self.page(opening: opening, paragraphs: paragraphs))
        let knowledge = try KnowledgeBase.open(folder.knowledgeConfiguration)
        #expect(knowledge.passages.count == paragraphs + 1)
        #expect(knowledge.passages.count > AnswerComposer.shortPagePassages)
        let retrieval = try knowledge.retrieve(knowledge.analyze("Wie krijgt een parkeervergunning in de binnenstad?"))
        var options = AnswerOptions()
        options.readerPagesOpenWithAnswer = readerPages
        let candidates = AnswerComposer(options: options).candidates(retrieval, in: knowledge)
        return try #require(candidates.first { $0.text.contains("binnenstad") }).features.lead
    }

    @Test func aLongPageThatAddressesTheReaderOpensWithItsAnswer() throws {
        #expect(try openingLead(of: Self.speaksToReader) == 3)
    }

    @Test func aLongArticleAboutOthersDoesNot() throws {
        #expect(try openingLead(of: Self.tellsOfOthers) == 1)
    }

    /// A long manual that says "u" may open with only its first topic.
    @Test func aPageLongerThanTheReaderPageLimitDoesNot() throws {
        #expect(AnswerComposer.readerPagePassages < 11)
        #expect(try openingLead(of: Self.speaksToReader, paragraphs: 10) == 1)
    }

    @Test func switchedOffOnlyLengthCounts() throws {
        #expect(try openingLead(of: Self.speaksToReader, readerPages: false) == 1)
    }
}

/// The byte scan that finds "u" and "uw" as words.
@Suite struct AddressesReaderTests {
    @Test(arguments: ["Als u hier woont", "U krijgt een brief.", "Dat is uw recht.", "Uw aanvraag", "bel ons (u kunt ook mailen)", "wat doet u"])
    func aWordUOrUwAddressesTheReader(text: String) {
        #expect(AnswerComposer.addressesReader(Substring(text).utf8))
    }

    @Test(arguments: ["Het zit erop: nu is het zomer.", "Bewoners krijgen een brief.", "uwv en ruw", "Zij kregen hun uur", "één ú", ""])
    func otherWordsDoNot(text: String) {
        #expect(!AnswerComposer.addressesReader(Substring(text).utf8))
    }
}
