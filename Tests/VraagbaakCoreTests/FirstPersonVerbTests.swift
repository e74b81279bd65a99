import Testing
@testable import VraagbaakCore

/// A verb the resident says of themselves ("als ik samenwoon") also stands
/// for the articles' "-t" form ("als u samenwoont").
@Suite struct FirstPersonVerbTests {
    /// The bare forms are words of the articles too, so typo correction leaves them alone.
    private static let vocabulary = WordCounts([
        "samenwoont": 2, "samenwoon": 1, "verkoopt": 2, "verkopen": 3, "stopt": 2, "stoppen": 1, "reist": 1, "reizen": 2, "doorwerkt": 1, "doorwerk": 1, "begint": 3, "begin": 4, "regel": 5, "bedrijf": 4, "erfenis": 5, "werkt": 6, "werk": 8, "regelt": 2,
    ])

    private func terms(of surface: String, in question: String, weight: Double = QueryOptions().firstPersonVerbWeight) throws -> Set<String> {
        var options = QueryOptions()
        options.firstPersonVerbWeight = weight
        let analyzer = QueryAnalyzer(
            analyzer: Analyzer.dutch(vocabulary: Self.vocabulary), vocabulary: Self.vocabulary, thesaurus: Thesaurus(), options: options)
        let concept = try #require(analyzer.analyze(question).concepts.first { $0.surface == surface })
        return Set(concept.allTerms)
    }

    private func stem(_ word: String) -> String {
        Analyzer.dutch(vocabulary: Self.vocabulary).analyze(word).first?.text ?? word
    }

    @Test(arguments: [
        ("Hoe regel ik de erfenis als ik samenwoon?", "samenwoon"),  // the end of the clause "ik" opened
        ("Wat verandert er als ik doorwerk na mijn pensioen?", "doorwerk"),  // right after "ik"
        ("Kan ik hulp krijgen als ik een eigen bedrijf begin?", "begin"),
        ("Hoe regel ik de erfenis?", "regel"),  // right before "ik"
    ])
    func aVerbOfIkAlsoStandsForItsTForm(question: String, verb: String) throws {
        let found = try terms(of: verb, in: question)
        #expect(found.contains(stem(verb + "t")))
        #expect(try !terms(of: verb, in: question, weight: 0).contains(stem(verb + "t")))
    }

    /// An infinitive in the clause of "ik" stands for the articles' "-t" form,
    /// spelled as a closed syllable.
    @Test(arguments: [
        ("Wat moet ik regelen als ik mijn auto ga verkopen?", "verkopen", "verkoopt"),
        ("Wat gebeurt er als ik wil stoppen?", "stoppen", "stopt"),
        ("Wat moet ik doen als ik ga reizen?", "reizen", "reist"),
    ])
    func anInfinitiveOfIkAlsoStandsForItsTForm(question: String, verb: String, form: String) throws {
        #expect(try terms(of: verb, in: question).contains(stem(form)))
        #expect(try !terms(of: verb, in: question, weight: 0).contains(stem(form)))
    }

    @Test func theThirdPersonCandidatesFollowTheSpelling() {
        #expect(QueryAnalyzer.thirdPersonCandidates(of: "verkopen").contains("verkoopt"))
        #expect(QueryAnalyzer.thirdPersonCandidates(of: "stoppen").contains("stopt"))
        #expect(QueryAnalyzer.thirdPersonCandidates(of: "beloven").contains("belooft"))
        #expect(QueryAnalyzer.thirdPersonCandidates(of: "werken").contains("werkt"))
        #expect(QueryAnalyzer.thirdPersonCandidates(of: "samenwoon") == ["samenwoont"])
    }

    /// "werk" in the middle of a clause is a noun, whatever "werkt" the articles hold.
    @Test func aNounInTheMiddleOfTheClauseIsLeftAlone() throws {
        #expect(try !terms(of: "werk", in: "Wat verandert er op mijn werk als ik doorwerk?").contains(stem("werkt")))
    }
}
