import Foundation
import Testing
@testable import VraagbaakCore

@Suite struct SyntheticKnowledgeTests {
    @Test func theSameSeedGivesTheSameNumbersAndAnotherSeedOthers() {
        var first = SplitMix64(seed: 42)
        var second = SplitMix64(seed: 42)
        var other = SplitMix64(seed: 43)
        let a = (0..<8).map { _ in first.next() }
        #expect(a == (0..<8).map { _ in second.next() })
        #expect(a != (0..<8).map { _ in other.next() })
    }

    @Test func boundedNumbersStayInTheirRange() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<1_000 {
            #expect((0..<3).contains(random.next(below: 3)))
            #expect((50...110).contains(random.next(in: 50...110)))
        }
    }

    @Test func theSameSeedWritesTheSameArticles() throws {
        let fixture = try IndexFixture()
        let sentences = try SyntheticKnowledge.sentences(of: fixture.knowledge)
        var generator = SyntheticKnowledge(sentences: sentences)
        generator.seed = 99
        let once = generator.documents(passages: 25).map(\.markdown)
        let again = generator.documents(passages: 25).map(\.markdown)
        #expect(once == again)
        generator.seed = 100
        #expect(generator.documents(passages: 25).map(\.markdown) != once)
    }

    @Test func everySentenceIsQuotedVerbatimFromTheSource() throws {
        let fixture = try IndexFixture()
        let sentences = try SyntheticKnowledge.sentences(of: fixture.knowledge)
        #expect(sentences.contains("Zij hebben weinig kans op betaald werk."))
        let bodies = IndexFixture.articles.map(\.text)
        for sentence in sentences {
            #expect(bodies.contains { $0.contains(sentence) }, "not in the source: \(sentence)")
        }
        let documents = SyntheticKnowledge(sentences: sentences).documents(passages: 25)
        #expect(documents.reduce(0) { $0 + $1.paragraphs.count } == 25)
        for sentence in documents.flatMap({ $0.paragraphs.joined() }) {
            #expect(sentences.contains(sentence))
        }
    }

    @Test func aGeneratedFolderIsIndexedWithItsRealPages() throws {
        let fixture = try IndexFixture()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("vraagbaak-synthetic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        try SyntheticFolder(source: fixture.knowledge, passages: 30, seed: 1, out: out).make()
        let index = out.deletingLastPathComponent().appendingPathComponent(out.lastPathComponent + ".sqlite").path
        defer { try? FileManager.default.removeItem(atPath: index) }
        let report = try IndexBuilder().build(knowledge: out, index: index)
        #expect(report.documents == IndexFixture.articles.count + 3)
        #expect(report.passages >= 30)
    }

    @Test func aFolderTheGeneratorDidNotMakeIsLeftAlone() throws {
        let fixture = try IndexFixture()
        #expect(throws: SyntheticFolderError.self) {
            try SyntheticFolder(source: fixture.knowledge, passages: 10, seed: 1, out: fixture.knowledge).make()
        }
        #expect(FileManager.default.fileExists(atPath: fixture.knowledge.appendingPathComponent("bijstand.md").path))
    }
}
