import Testing
@testable import VraagbaakCore

@Suite struct QueryAnalyzerTests {
    private func analyzer() -> QueryAnalyzer {
        let vocabulary = WordCounts([
            "lang": 3, "recht": 5, "uitkering": 4, "jaar": 6, "zwembad": 2, "open": 2, "auto": 4, "kopen": 3, "ga": 2, "regelen": 2,
        ])
        return QueryAnalyzer(analyzer: Analyzer.dutch(vocabulary: vocabulary), vocabulary: vocabulary, thesaurus: Thesaurus())
    }

    private func importance(of surface: String, in question: String) throws -> Double {
        try #require(analyzer().analyze(question).concepts.first { $0.surface == surface }).importance
    }

    /// "Hoe lang" asks for a duration: the answer says "2 jaar", not "lang".
    @Test(arguments: [("Hoe lang heb ik recht op een uitkering?", "lang"), ("In welk jaar opende het zwembad?", "jaar")])
    func aWordNamingTheKindOfAnswerCountsLess(question: String, word: String) throws {
        #expect(try importance(of: word, in: question) == QueryOptions().fillerWeight)
        #expect(try importance(of: "uitkering", in: "Hoe lang heb ik recht op een uitkering?") == 1)
    }

    /// Without the question word before it the same word is a subject like any other.
    @Test func theSameWordElsewhereKeepsItsImportance() throws {
        #expect(try importance(of: "lang", in: "Is de uitkering lang?") == 1)
    }

    /// "ga" of "als ik een auto ga kopen" frames the question like "gaat" does;
    /// the car and the buying are what it is about.
    @Test func everyFormOfALightVerbIsAFiller() throws {
        let question = "Wat moet ik regelen als ik een auto ga kopen?"
        #expect(try importance(of: "ga", in: question) == QueryOptions().fillerWeight)
        #expect(try importance(of: "auto", in: question) == 1)
        #expect(try importance(of: "kopen", in: question) == 1)
    }
}

/// A short asking sentence that points back into the story before it asks
/// about what the story's last sentence names.
@Suite struct StoryAntecedentTests {
    private let question = """
        Mijn zoon zit al jaren thuis. Ik las over een jonge vrouw in Leerdam die bij de bibliotheek werkt. \
        Waar werkt zij?
        """

    private func importance(of surface: String, in question: String) throws -> Double {
        let vocabulary = WordCounts(["bibliotheek": 2, "leerdam": 2, "werkt": 5, "zoon": 1, "thuis": 3])
        let analyzer = QueryAnalyzer(analyzer: Analyzer.dutch(vocabulary: vocabulary), vocabulary: vocabulary, thesaurus: Thesaurus())
        return try #require(analyzer.analyze(question).concepts.first { $0.surface == surface }).importance
    }

    @Test func theSentenceThePronounPointsToCarriesTheQuestion() throws {
        #expect(try importance(of: "leerdam", in: question) == QueryOptions().antecedentWeight)
        #expect(try importance(of: "bibliotheek", in: question) > SentenceCoverage.carryingImportance)
        // The rest of the story stays story.
        #expect(try importance(of: "zoon", in: question) == QueryOptions().storyWeight)
    }

    /// An asking sentence that names its own subject does not lean on the story.
    @Test func aQuestionThatStandsAloneLeavesTheStoryAsStory() throws {
        let standing = """
            Mijn zoon zit al jaren thuis. Ik las over een jonge vrouw in Leerdam. \
            Waar kan mijn zoon in de bibliotheek werken?
            """
        #expect(try importance(of: "leerdam", in: standing) == QueryOptions().storyWeight)
    }

    /// "Ik heb studievertraging opgelopen. Wat kan ik doen?": an asking
    /// sentence of question, stop and filler words only asks about the
    /// sentence before it.
    @Test func anAskingSentenceWithoutWordsOfItsOwnLeansOnTheSentenceBefore() throws {
        let question = "Mijn zoon zit al jaren thuis. Hij werkt niet meer in de bibliotheek. Wat kan ik doen?"
        #expect(try importance(of: "bibliotheek", in: question) == QueryOptions().antecedentWeight)
        #expect(try importance(of: "zoon", in: question) == QueryOptions().storyWeight)
        let asking = "Mijn zoon zit al jaren thuis. Hij werkt niet meer in de bibliotheek. Wat kan mijn zoon doen?"
        #expect(try importance(of: "bibliotheek", in: asking) == QueryOptions().storyWeight)
    }
}

/// "Waaraan", "waaruit" and the other "waar" + preposition words ask; they
/// are not what a question is about.
@Suite struct PronominalQuestionWordTests {
    @Test(arguments: ["Waaraan is in de wijk behoefte?", "Waaruit bestaat de sociale basis?", "Waarover gaat de blog?"])
    func theyAreNoConcepts(question: String) {
        let vocabulary = WordCounts(["wijk": 2, "behoefte": 1, "sociale": 3, "basis": 2, "blog": 1, "bestaat": 1])
        let analyzer = QueryAnalyzer(analyzer: Analyzer.dutch(vocabulary: vocabulary), vocabulary: vocabulary, thesaurus: Thesaurus())
        let surfaces = analyzer.analyze(question).concepts.map(\.surface)
        #expect(!surfaces.contains { $0.hasPrefix("waar") }, "\(surfaces)")
        #expect(!surfaces.isEmpty)
    }
}

/// The name after "volgens" says whose view is asked: it leads retrieval,
/// but the answer need not hold it.
@Suite struct SourceNameTests {
    private static let vocabulary = WordCounts([
        "sociaal": 4, "werk": 6, "nederland": 3, "opgave": 1, "gemeenten": 5, "sterker": 2, "taak": 1,
    ])

    private func sourceWords(_ question: String, options: QueryOptions = QueryOptions()) -> [String] {
        let analyzer = QueryAnalyzer(
            analyzer: Analyzer.dutch(vocabulary: Self.vocabulary), vocabulary: Self.vocabulary, thesaurus: Thesaurus(), options: options)
        return analyzer.analyze(question).concepts.filter(\.namesDocument).map(\.surface)
    }

    @Test func aNameOfSeveralWordsIsTheSourceAsAWhole() {
        #expect(sourceWords("Wat is volgens Sociaal Werk Nederland een cruciale opgave voor gemeenten?") == ["sociaal", "werk", "nederland"])
    }

    /// "sociaal werk" after "Sterker" is what the question asks about.
    @Test func onlyTheNameIsTheSourceNotTheWordsAfterIt() {
        #expect(sourceWords("Wat is de taak volgens Sterker sociaal werk?") == ["sterker"])
        #expect(sourceWords("Wat is nu de taak van het sociaal werk volgens Sterker?") == ["sterker"])
    }

    @Test func withoutVolgensNothingIsASource() {
        #expect(sourceWords("Wat is de taak van Sterker?").isEmpty)
        #expect(sourceWords("Wat is de taak volgens?").isEmpty)
        #expect(sourceWords("Wat is volgens de blog de taak?").isEmpty)
    }

    @Test func switchedOffWithTheArticleReferences() {
        var options = QueryOptions()
        options.documentReferences = false
        #expect(sourceWords("Wat is volgens Sterker de taak?", options: options).isEmpty)
    }
}
