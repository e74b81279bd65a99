import Testing
@testable import VraagbaakCore

@Suite struct CompoundCompletionTests {
    private static let vocabulary = WordCounts([
        "peutervoorzieningen": 1, "peuterspeelzaalleidsters": 2, "brancheorganisatie": 1, "organisaties": 9,
        "schoolprestaties": 2, "rolmodellen": 1, "levensbelang": 3, "feestvierders": 1, "peuterig": 1,
        "gebiedsgerichtheid": 1, "cliëntenraden": 2,
    ])
    private let completion = CompoundCompletion(vocabulary: Self.vocabulary)

    @Test func aWordTheArticlesNeverWriteAloneFindsTheCompoundsItBegins() {
        #expect(completion.completions(of: "peuters", stem: "peuter") == ["peuterspeelzaalleidsters", "peutervoorzieningen"])
        #expect(completion.completions(of: "feesten", stem: "feest") == ["feestvierders"])
    }

    @Test func itFindsTheCompoundsItEndsAsWrittenOrAsItsStem() {
        // "organisaties" is only its plural: one letter longer than the stem.
        #expect(completion.completions(of: "organisatie", stem: "organisatie") == ["brancheorganisatie"])
        #expect(completion.completions(of: "prestaties", stem: "prestatie") == ["schoolprestaties"])
    }

    /// The stemmer leaves "rolmodel" and "rolmodellen" apart.
    @Test func itFindsAnInflectionTheStemmerMisses() {
        #expect(completion.completions(of: "rolmodel", stem: "rolmodel") == ["rolmodellen"])
    }

    @Test func aWordTheArticlesWriteIsNotCompleted() {
        #expect(completion.completions(of: "organisaties", stem: "organisatie").isEmpty)
    }

    /// "lang" ends "levensbelang", which is not about length.
    @Test func aShortStemIsNotCompleted() {
        #expect(completion.completions(of: "lang", stem: "lang").isEmpty)
    }

    /// "peuterig" is "peuter" and two letters: an ending, not a compound.
    @Test func aCompletionIsLongerThanTheStemByAtLeastTheRestLength() {
        var completion = completion
        completion.minimumRestLength = 3
        #expect(!completion.completions(of: "peuters", stem: "peuter").contains("peuterig"))
        completion.minimumRestLength = 2
        #expect(completion.completions(of: "peuters", stem: "peuter").contains("peuterig"))
    }

    @Test func theMostFrequentComeFirstUpToTheMaximum() {
        var completion = completion
        completion.maximumCompletions = 1
        #expect(completion.completions(of: "peuters", stem: "peuter") == ["peuterspeelzaalleidsters"])
    }

    @Test func wordsWithLettersBeyondASCIIAreFoundBothWays() {
        #expect(completion.completions(of: "cliënten", stem: "cliënt") == ["cliëntenraden"])
        #expect(completion.completions(of: "raden", stem: "raden") == ["cliëntenraden"])
        #expect(completion.completions(of: "gerichtheid", stem: "gerichtheid") == ["gebiedsgerichtheid"])
    }

    @Test func anEmptyVocabularyCompletesNothing() {
        #expect(CompoundCompletion(vocabulary: WordCounts()).completions(of: "peuters", stem: "peuter").isEmpty)
    }

    @Test func theQueryAnalyzerAddsCompletionsAtTheirWeightAndCanBeSwitchedOff() throws {
        let analyzer = Analyzer.dutch(vocabulary: Self.vocabulary)
        let query = QueryAnalyzer(analyzer: analyzer, vocabulary: Self.vocabulary, thesaurus: Thesaurus())
            .analyze("Waarom opvang voor peuters?")
        let concept = try #require(query.concepts.first { $0.surface == "peuters" })
        let completed = concept.alternatives.filter { $0.origin == .compoundCompletion }
        #expect(completed.count == 2)
        #expect(completed.allSatisfy { $0.weight == QueryOptions().compoundCompletionWeight })
        var options = QueryOptions()
        options.compoundCompletionWeight = 0
        let without = QueryAnalyzer(analyzer: analyzer, vocabulary: Self.vocabulary, thesaurus: Thesaurus(), options: options)
            .analyze("Waarom opvang voor peuters?")
        #expect(without.concepts.first { $0.surface == "peuters" }?.alternatives.contains { $0.origin == .compoundCompletion } == false)
    }
}
