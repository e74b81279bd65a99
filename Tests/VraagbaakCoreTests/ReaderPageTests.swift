import Foundation
import Testing
@testable import VraagbaakCore

/// A page that speaks to the reader as "u" opens with its answer, however
/// long it is; an article told about others opens with a build-up.
@Suite struct ReaderPageTests {
    /// Five paragraphs of over forty words each: five passages, longer than
    /// a short page (`AnswerComposer.shortPagePassages`).
    private static func page(opening: String) -> String {
        let topics = ["de markt", "het stadhuis", "het station", "de haven"]
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

    private func openingLead(of opening: String, readerPages: Bool = true) throws -> Double {
        let folder = try KnowledgeTestFolder()
        try folder.write("kennis/parkeren.md", Self.page(opening: opening))
        let knowledge = try KnowledgeBase.open(folder.knowledgeConfiguration)
        #expect(knowledge.passages.count > AnswerComposer.shortPagePassages)
        let retrieval = try knowledge.retrieve(knowledge.analyze("Wie krijgt een parkeervergunning in de binnenstad?"))
        var options = AnswerOptions()
        options.readerPagesOpenWithAnswer = readerPages
        let candidates = AnswerComposer(options: options).candidates(retrieval, in: knowledge)
        return try #require(candidates.first { $0.text.contains("binnenstad") }).features.lead
    }

    @Test func aLongPageThatAddressesTheReaderOpensWithItsAnswer() throws {
        #expect(try openingLead(of: Self.speaksToReader) == 2)
    }

    @Test func aLongArticleAboutOthersDoesNot() throws {
        #expect(try openingLead(of: Self.tellsOfOthers) == 1)
    }

    @Test func switchedOffOnlyLengthCounts() throws {
        #expect(try openingLead(of: Self.speaksToReader, readerPages: false) == 1)
    }
}
