import Testing
@testable import VraagbaakCore

/// A quote gives a document's sentences in the order they are written.
@Suite struct QuoteOrderTests {
    @Test func sentencesOfOneDocumentAreQuotedInTheirWrittenOrder() throws {
        let fixture = try FollowUpFixture()
        let answer = try fixture.conversation(["Waarom wil de gemeente het buurthuis De Linde volgend jaar sluiten?"])[0]
        let page = try #require(FollowUpFixture.articles.first { $0.path == "buurthuis.md" }?.text)
        let offsets = answer.sentences.filter { $0.source == 0 }.compactMap { page.range(of: $0.text)?.lowerBound }
        #expect(offsets.count >= 2)
        #expect(offsets == offsets.sorted())
    }
}
