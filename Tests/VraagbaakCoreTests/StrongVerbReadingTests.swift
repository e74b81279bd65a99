import Testing
@testable import VraagbaakCore

/// A strong verb's past form that no article uses is read as its infinitive.
struct StrongVerbReadingTests {
    @Test(arguments: [
        ("bezocht", "bezoeken"), ("geschreven", "schrijven"), ("schreef", "schrijven"), ("opgeschreven", "opschrijven"),
        ("beschreven", "beschrijven"), ("begonnen", "beginnen"), ("ontstond", "ontstaan"), ("kregen", "krijgen"),
        ("begreep", "begrijpen"), ("aangeboden", "aanbieden"),
    ])
    func aPastFormLeadsToItsInfinitive(form: String, infinitive: String) {
        #expect(StrongVerbReading.infinitive(of: form) == infinitive)
    }

    /// Words that are no verb form, or mostly another word on their own
    /// ("vroeg" is early, "geleden" ago, "namen" names), are left alone.
    @Test(arguments: ["vroeg", "geleden", "namen", "gebied", "schrijven", "bezoek", "gemeente", "13"])
    func otherWordsAreLeftAlone(word: String) {
        #expect(StrongVerbReading.infinitive(of: word) == nil)
    }

    private func query(_ words: [String]) -> AnalyzedQuery {
        AnalyzedQuery(
            question: words.joined(separator: " "),
            concepts: words.map { .init(surface: $0, alternatives: [.init(terms: [$0], weight: 1, origin: .question)]) },
            type: .other, words: words)
    }

    /// Only a word whose own term no passage holds gets the reading, and
    /// only when the infinitive's term is held.
    @Test func onlyAnUnknownWordIsReadAsItsVerb() {
        let known: Set<String> = ["bezoek", "gemeent", "onderzocht", "onderzoek"]
        let stem: (String) -> String? = { ["bezoeken": "bezoek", "onderzoeken": "onderzoek", "schrijven": "schrijv"][$0] }
        var read = query(["gemeent", "bezocht", "onderzocht", "geschreven"])
        StrongVerbReading.add(to: &read, weight: 0.6, analyze: stem, isKnown: known.contains)
        let added = read.concepts.map { $0.alternatives.dropFirst().map(\.terms) }
        #expect(added == [[], [["bezoek"]], [], []])
        #expect(read.concepts[1].alternatives.last?.weight == 0.6)
        #expect(read.concepts[1].alternatives.last?.origin == .verbForm)
    }
}
