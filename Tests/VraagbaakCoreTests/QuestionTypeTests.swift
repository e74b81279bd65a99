import Testing
@testable import VraagbaakCore

/// The kind of answer a question asks for, read from its question words.
struct QuestionTypeTests {
    private func type(_ question: String) -> QuestionType {
        QuestionType.of(words: question.lowercased().split { !$0.isLetter }.map(String.init))
    }

    @Test(arguments: [
        ("Hoeveel mensen zitten in de bijstand?", QuestionType.quantity),
        ("Sinds wanneer bestaat de Wmo?", .time), ("Hoe lang duurt het?", .time), ("In welk jaar was dat?", .time),
        ("Wie is Rachel?", .person), ("Waar werkt zij?", .place), ("Waarom is contact belangrijk?", .reason),
        ("Wat is het granieten bestand?", .definition), ("Welke gemeenten investeren in deze mensen?", .other),
    ])
    func oneQuestionWord(question: String, expected: QuestionType) {
        #expect(type(question) == expected)
    }

    /// With the words of several types, the first one asks; the later one is
    /// part of what it asks about.
    @Test(arguments: [
        ("Wie bepaalt hoeveel procent arbeidsongeschikt ik ben?", QuestionType.person),
        ("Wie mag vragen naar mijn identiteitsbewijs en wanneer?", .person),
        ("Hoeveel kost het en wie betaalt het?", .quantity),
        ("Waar kan ik zien wanneer de uitkering komt?", .place),
    ])
    func theFirstQuestionWordAsks(question: String, expected: QuestionType) {
        #expect(type(question) == expected)
    }

    /// A short "wat" question asks what something is only with "is",
    /// "betekent" and their kin right after "wat"; with another verb it asks
    /// what one can do or what happens.
    @Test(arguments: [
        ("Wat is het granieten bestand?", QuestionType.definition), ("Wat betekent de naam Figulus?", .definition),
        ("Wat houdt outreachend werken in?", .definition), ("Wat zijn peutervoorzieningen?", .definition),
        ("Wat kan ik regelen met mijn DigiD?", .other), ("Wat doet Figulus?", .other), ("Wat voor hulp is er?", .other),
    ])
    func aShortWatQuestionIsADefinitionWithItsVerbOnly(question: String, expected: QuestionType) throws {
        #expect(type(question) == expected)
        // As the analyser reads it: the type from the words without stop
        // words, the verb from all of them.
        let analyzer = QueryAnalyzer(analyzer: Analyzer.dutch(vocabulary: WordCounts()), vocabulary: WordCounts(), thesaurus: Thesaurus())
        #expect(analyzer.analyze(question).type == expected)
    }
}
