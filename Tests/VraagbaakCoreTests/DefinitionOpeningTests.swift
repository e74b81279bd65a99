import Foundation
import Testing
@testable import VraagbaakCore

/// A question asking what something is prefers the page whose sentence opens
/// with that subject and "is", over pages that only use the subject.
@Suite struct DefinitionOpeningTests {
    private func queryAnalyzer() -> QueryAnalyzer {
        let vocabulary = WordCounts([
            "burgerservicenummer": 3, "bsn": 6, "seksueel": 2, "misbruik": 2, "kinderen": 5, "sirene": 2, "aanvragen": 2,
        ])
        return QueryAnalyzer(analyzer: Analyzer.dutch(vocabulary: vocabulary), vocabulary: vocabulary, thesaurus: Thesaurus())
    }

    private func opening(_ question: String) -> DefinitionOpening? {
        let analyzer = queryAnalyzer()
        return DefinitionOpening(query: analyzer.analyze(question), analyzer: analyzer.analyzer)
    }

    @Test(arguments: ["Wat is het burgerservicenummer (BSN)?", "Wat betekent BSN?", "Wat zijn burgerservicenummers?"])
    func aWhatIsQuestionAsksForADefinition(question: String) {
        #expect(opening(question) != nil)
    }

    @Test(arguments: ["Wat moet ik doen als de sirene gaat?", "Hoe kan ik een BSN aanvragen?", "Is het BSN geheim?"])
    func otherQuestionsDoNot(question: String) {
        #expect(opening(question) == nil)
    }

    @Test func aSentenceOpeningWithTheSubjectAndIsDefinesIt() throws {
        let definition = try #require(opening("Wat is het burgerservicenummer (BSN)?"))
        #expect(definition.defines("het burgerservicenummer (bsn) is uw eigen persoonsnummer voor contact met de overheid."))
        #expect(definition.defines("Het BSN en het burgerservicenummer zijn hetzelfde."))
        #expect(!definition.defines("alle overheidsorganisaties mogen gebruik maken van uw burgerservicenummer (bsn)."))
        // Half the subject is not the subject.
        #expect(!definition.defines("het bsn is geheim."))
        // The subject without a definition verb after it.
        #expect(!definition.defines("het burgerservicenummer (bsn) staat op uw paspoort."))
    }

    @Test func theSubjectsWordsMayBeLinkedButNotInterrupted() throws {
        let definition = try #require(opening("Wat is seksueel misbruik van kinderen?"))
        #expect(definition.defines("seksueel misbruik van kinderen is seksueel contact tegen de wil van het kind."))
        #expect(!definition.defines("kinderen die seksueel misbruikt zijn, geven daarover signalen af."))
    }

    /// The words of a question's sentences are analysed once and kept: read
    /// through one memo, in any order, every sentence gets the answer it gets
    /// alone, and the memo holds each distinct word once.
    @Test func wordsReadOnceGiveTheSameAnswers() throws {
        let definition = try #require(opening("Wat is het burgerservicenummer (BSN)?"))
        let sentences: [Substring] = [
            "het burgerservicenummer (bsn) is uw eigen persoonsnummer voor contact met de overheid.",
            "alle overheidsorganisaties mogen gebruik maken van uw burgerservicenummer (bsn).",
            "Het BSN en het burgerservicenummer zijn hetzelfde.",
            "het bsn is geheim.",
            "het burgerservicenummer (bsn) staat op uw paspoort.",
            "Burgerservicenummers: het BSN is uw nummer.",
        ]
        let alone = sentences.map { definition.defines($0) }
        #expect(alone.prefix(5) == [true, false, true, false, false])
        for order in [Array(sentences.indices), sentences.indices.reversed(), [3, 0, 5, 1, 4, 2]] {
            var words = DefinitionOpening.WordConcepts()
            #expect(order.map { definition.defines(sentences[$0], words: &words) } == order.map { alone[$0] })
        }
        var words = DefinitionOpening.WordConcepts()
        _ = definition.defines(sentences[0], words: &words)
        _ = definition.defines(sentences[4], words: &words)
        // het, burgerservicenummer, bsn; then staat (which ends the second sentence).
        #expect(Set(words.keys.map(\.text)) == ["het", "burgerservicenummer", "bsn", "staat"])
        #expect(words[.init(text: "bsn", kind: .word, isDerived: false)] != -1)
        #expect(words[.init(text: "het", kind: .word, isDerived: false)] == -1)
    }

    private static let pages = [
        ("gebruik.md", """
            ---
            id: gebruik
            ---
            Alle overheidsorganisaties mogen gebruik maken van uw burgerservicenummer (BSN). Zorgverzekeraars mogen het burgerservicenummer (BSN) ook gebruiken. Uw burgerservicenummer (BSN) staat op uw paspoort.
            """),
        ("bsn.md", """
            ---
            id: bsn
            ---
            Het burgerservicenummer (BSN) is uw eigen persoonsnummer voor contact met de overheid. U krijgt het als u zich inschrijft bij de gemeente. Daarvoor maakt u een afspraak aan de balie van het gemeentehuis en neemt u een geldig paspoort of een identiteitskaart mee. Ouders schrijven een pasgeboren kind in met de geboorteaangifte.
            """),
    ]

    private func firstDocument(boost: Double) throws -> String? {
        let folder = try KnowledgeTestFolder()
        for (name, text) in Self.pages { try folder.write("kennis/\(name)", text) }
        var configuration = folder.knowledgeConfiguration
        configuration.retrieval.definitionOpeningBoost = boost
        let knowledge = try KnowledgeBase.open(configuration)
        return try knowledge.retrieve(knowledge.analyze("Wat is het burgerservicenummer (BSN)?")).passages.first?.passage.documentID
    }

    /// Boosting several passages with one memo boosts exactly the ones
    /// with a defining sentence.
    @Test func theBoostFindsEveryDefiningPassage() throws {
        let definition = try #require(opening("Wat is het burgerservicenummer (BSN)?"))
        let sentences: [[Substring]] = [
            ["alle overheidsorganisaties mogen gebruik maken van uw burgerservicenummer (bsn)."],
            ["U krijgt het bij de gemeente.", "het burgerservicenummer (bsn) is uw eigen persoonsnummer."],
            ["het bsn is geheim."],
            ["Het BSN en het burgerservicenummer zijn hetzelfde."],
        ]
        var scored = sentences.indices.map {
            ScoredPassage(index: $0, score: 2, bm25: 1, coverage: 1, proximity: 1, titleMatch: 0, openingCoverage: 0, factor: 1)
        }
        definition.boost(&scored, by: 0.75) { sentences[$0] }
        #expect(scored.map(\.score) == [2, 3.5, 2, 3.5])
        #expect(scored.map(\.factor) == [1, 1.75, 1, 1.75])
    }

    @Test func theDefiningPageComesFirst() throws {
        #expect(try firstDocument(boost: 0) == "gebruik")
        #expect(try firstDocument(boost: RetrievalOptions().definitionOpeningBoost) == "bsn")
    }
}
