import Foundation
import Testing
@testable import VraagbaakCore

@Suite struct AnswerComposerTests {
    // MARK: - Known questions

    @Test func theGraniteFileIsExplainedFromItsOwnArticle() throws {
        let bot = try RepositoryVraagbaak()
        let answer = try bot.ask("Wat is het granieten bestand?")
        #expect(answer.answered)
        #expect(answer.sources.first?.id == "granieten-bestand-toch-niet-van-steen")
        #expect(answer.answer.contains("vaktaal"))
        #expect(answer.confidence >= AnswerOptions().threshold)
        #expect(answer.sentences.contains { $0.source == 0 && $0.text.contains("vaktaal") })
    }

    @Test(arguments: ["Wat is de hoofdstad van Frankrijk?", "Hoe laat gaat het zwembad open?", "", "?!", "de het een"])
    func aQuestionTheArticlesDoNotAnswerGetsTheNotAnsweredText(question: String) throws {
        let bot = try RepositoryVraagbaak()
        let answer = try bot.ask(question)
        #expect(!answer.answered)
        #expect(answer.answer == bot.vraagbaak.prompts.text("not-answered.txt"))
        #expect(answer.sentences.isEmpty)
        #expect(answer.confidence < AnswerOptions().threshold)
    }

    /// Questions made only of filler words ask the articles nothing, even
    /// when a passage holds one of their words ("Laten we …" for "laat").
    @Test(arguments: ["Hoe laat is het?", "Hoe gaat het?", "Wat doet hij?", "Wat gebeurt er?"])
    func aQuestionOfFillerWordsAloneIsNotAnswered(question: String) throws {
        let bot = try RepositoryVraagbaak()
        let answer = try bot.ask(question)
        #expect(!answer.answered)
        #expect(answer.confidence == 0)
    }

    @Test func aHigherThresholdTurnsAnAnswerIntoAnHonestNo() throws {
        let bot = try RepositoryVraagbaak()
        var strict = bot.vraagbaak
        strict.composer.options.threshold = 1.01
        let answer = try strict.ask("Wat is het granieten bestand?")
        #expect(!answer.answered)
        #expect(answer.answer == bot.vraagbaak.prompts.text("not-answered.txt"))
    }

    @Test func fewerSentencesWhenTheOptionsSaySo() throws {
        let bot = try RepositoryVraagbaak()
        var short = bot.vraagbaak
        short.composer.options.maximumSentences = 1
        for question in Self.questions.prefix(10) {
            #expect(try short.ask(question).sentences.count <= 1, "\(question)")
        }
    }

    @Test func aSentenceEndingInAColonBringsWhatItAnnounces() throws {
        let bot = try RepositoryVraagbaak()
        for question in Self.questions.prefix(40) {
            let answer = try bot.ask(question)
            guard answer.answered, let last = answer.sentences.last else { continue }
            // A quote never stops on an announcement when room is left for what follows.
            if last.text.hasSuffix(":") {
                #expect(answer.sentences.count == bot.vraagbaak.composer.options.maximumSentences, "\(question)")
            }
        }
        let answer = try bot.ask("Wat zijn de speerpunten voor het sociaal werk de komende tijd?")
        let announcing = try #require(answer.sentences.firstIndex { $0.text.hasSuffix(":") })
        #expect(answer.sentences.count > announcing + 1)
    }

    // MARK: - Properties of every answer

    /// Questions about the five bundled articles, in the words a resident
    /// might use, with a few typos, keywords and questions they do not answer.
    static let questions = [
        "Wat is het granieten bestand?",
        "Hoeveel Nederlanders zitten meer dan vijf jaar in de bijstand?",
        "Welke gemeenten investeren in mensen in het granieten bestand?",
        "Wat doet Figulus in Aalten?",
        "Wat betekent de naam Figulus?",
        "Hoeveel granieten cliënten heeft Samen Doen?",
        "Wat doet Rachel in de bibliotheek?",
        "Wie is de directeur van Figulus?",
        "Wat vinden ze in Aalten van de verplichte tegenprestatie?",
        "Waarom moeten gemeenten het jongerenwerk niet zelf doen?",
        "Waar gingen jongeren deze zomer naartoe?",
        "Wat is de belangrijkste kracht van een jongerenwerker?",
        "Worden jongerenwerkers ambtenaren?",
        "Welke tips geeft Sociaal Werk Nederland aan gemeenten?",
        "Wanneer waren de gemeenteraadsverkiezingen?",
        "Wat concludeerde de WRR?",
        "Wat doen peuterspeelzaalleidsters?",
        "Hoe krijgen mensen snel toegang tot schuldhulpverlening?",
        "Wat moet er voor mantelzorgers geregeld worden?",
        "Waarom past sociale isolatie het sociaal werk niet?",
        "Welke negatieve effecten heeft sociale quarantaine?",
        "Wat doet het sociaal werk in de coronacrisis voor ouderen?",
        "Wat is social distancing?",
        "Wanneer was de eerste lockdown?",
        "Wat is outreachend werken?",
        "Met wie moet het sociaal werk samenwerken?",
        "Waaruit bestaat de sociale basis?",
        "Welke groepen zijn hard getroffen door corona?",
        "Wie zijn de projectleiders van het onderzoek van Sterker sociaal werk?",
        "Hoeveel procent van de demente ouderen woont zelfstandig thuis?",
        "Wanneer is de Wmo ingevoerd?",
        "hoevel mensen zitten in de bijstand",
        "schuldhulpverleining",
        "eenzaamheid ouderen corona",
        "Zijn jeugdwerkers ambtenaren?",
        "Wat is de hoofdstad van Frankrijk?",
        "Hoe laat gaat het zwembad open?",
        "What is the granite file?",
    ]

    /// The articles' files as they lie on disk, by document path.
    private static func fileText(_ document: SourceDocument) throws -> String {
        try String(contentsOf: RepositoryVraagbaak.knowledge.appendingPathComponent(document.path), encoding: .utf8)
    }

    /// The `url:` of a file's front matter, read without the loader.
    private static func frontMatterURL(_ file: String) -> String? {
        let lines = file.components(separatedBy: "\n")
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return nil }
        return lines[1..<end].first { $0.hasPrefix("url:") }.map {
            $0.dropFirst(4).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }
    }

    @Test func everyQuotedSentenceIsVerbatimFromItsSource() throws {
        #expect(Self.questions.count >= 30)
        let bot = try RepositoryVraagbaak()
        var answered = 0
        for question in Self.questions {
            let answer = try bot.ask(question)
            if answer.answered { answered += 1 }
            for sentence in answer.sentences {
                let source = try #require(answer.sources.indices.contains(sentence.source) ? answer.sources[sentence.source] : nil,
                    "\(question): sentence points at source \(sentence.source) of \(answer.sources.count)")
                let document = try #require(bot.vraagbaak.knowledge.document(id: source.id))
                #expect(!sentence.text.isEmpty)
                #expect(document.text.contains(sentence.text), "\(question): not in \(source.id): \(sentence.text)")
                #expect(try Self.fileText(document).contains(sentence.text), "\(question): not in \(document.path)")
                #expect(sentence.text == sentence.text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
        #expect(answered >= Self.questions.count / 2, "most of these questions are about the articles")
    }

    @Test func sourcesCarryTheURLOnlyWhenTheDocumentHasOne() throws {
        let bot = try RepositoryVraagbaak()
        var seen: Set<String> = []
        for question in Self.questions {
            for source in try bot.ask(question).sources {
                let document = try #require(bot.vraagbaak.knowledge.document(id: source.id))
                let url = Self.frontMatterURL(try Self.fileText(document))
                #expect(source.url == url, "\(source.id)")
                #expect(source.title == document.title)
                #expect(source.publisher == document.publisher)
                seen.insert(source.id)
            }
        }
        #expect(seen.count == 5, "every article was cited or related at least once: \(seen.sorted())")
    }

    @Test func sourcesWithoutURLEncodeItAsNull() throws {
        let bot = try RepositoryVraagbaak()
        let answer = try bot.ask("Wat is het granieten bestand?")
        let source = try #require(answer.sources.first)
        #expect(source.url == nil)
        let json = try #require(String(data: try JSONEncoder().encode(source), encoding: .utf8))
        #expect(json.contains("\"url\":null"))
    }

    @Test func answersStayShort() throws {
        let bot = try RepositoryVraagbaak()
        let limit = AnswerOptions()
        for question in Self.questions {
            let answer = try bot.ask(question)
            #expect(answer.sentences.count <= limit.maximumSentences, "\(question)")
            let words = answer.sentences.map { PassageBuilder.wordCount($0.text[...]) }.reduce(0, +)
            #expect(answer.sentences.count <= 1 || words <= limit.maximumWords, "\(question): \(words) words")
            #expect(answer.sources.count <= limit.maximumSources, "\(question)")
            #expect(Set(answer.sources.map(\.id)).count == answer.sources.count, "\(question): a source is listed twice")
        }
    }

    @Test func citationMarkersReferToListedSources() throws {
        let bot = try RepositoryVraagbaak()
        for question in Self.questions {
            let answer = try bot.ask(question)
            guard answer.answered else {
                #expect(answer.sentences.isEmpty, "\(question)")
                continue
            }
            let markers = Self.markers(in: answer.answer)
            #expect(!markers.isEmpty, "\(question): an answer without citation")
            for marker in markers {
                #expect((1...answer.sources.count).contains(marker), "\(question): [\(marker)] of \(answer.sources.count)")
            }
            for sentence in answer.sentences {
                #expect(answer.answer.contains(sentence.text), "\(question)")
                #expect(markers.contains(sentence.source + 1), "\(question): no [\(sentence.source + 1)]")
            }
            #expect(answer.sources.indices.contains(0))
            #expect(answer.sentences.contains { $0.source == 0 }, "\(question): the first source is a cited one")
        }
    }

    @Test func theSameQuestionGetsTheSameAnswer() throws {
        let bot = try RepositoryVraagbaak()
        for question in Self.questions.prefix(8) {
            let first = try bot.ask(question)
            let second = try bot.ask(question)
            #expect(first.answer == second.answer)
            #expect(first.sources.map(\.id) == second.sources.map(\.id))
        }
    }

    /// The numbers of the `[n]` markers in an answer text.
    private static func markers(in text: String) -> [Int] {
        var result: [Int] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "[") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "]") else { break }
            if let number = Int(after[..<close]) { result.append(number) }
            rest = after[close...]
        }
        return result
    }
}

/// A question that asks for a number is answered with one, or not at all.
@Suite struct AnswerTypeConfidenceTests {
    @Test func aHowManyQuestionIsAnsweredWithANumber() throws {
        let fixture = try FollowUpFixture()
        let answer = try fixture.vraagbaak.ask("Hoeveel ouderen komen er wekelijks in buurthuis De Linde?")
        #expect(answer.answered)
        #expect(answer.answer.contains("60 ouderen"))
    }

    /// The bibliotheek article says many volunteers work there, but not how
    /// many: a quote of that sentence would look like an answer and is not one.
    @Test func aHowManyQuestionWhoseQuoteHoldsNoNumberIsNotAnswered() throws {
        let fixture = try FollowUpFixture()
        let answer = try fixture.vraagbaak.ask("Hoeveel vrijwilligers werken er in de bibliotheek van Oosterwijk?")
        #expect(!answer.answered)
        #expect(answer.confidence < AnswerOptions().threshold)
    }

    /// The number may stand in the sentence the best one points back to,
    /// which the quote brings along; a number elsewhere does not count.
    @Test func aNumberCountsInTheBestSentenceOrTheOneItPointsBackTo() {
        func sentence(_ index: Int, _ text: String, typeMatch: Bool) -> SentenceCandidate {
            var features = SentenceFeatures()
            features.typeMatch = typeMatch ? 1 : 0
            return SentenceCandidate(
                documentID: "d", passageRank: 0, passageID: 1, index: index, range: 0..<text.utf8.count, text: text,
                score: 1, wordCount: 5, features: features)
        }
        let composer = AnswerComposer()
        let counted = sentence(0, "Avres werkt voor zeven gemeenten.", typeMatch: true)
        let pointing = sentence(1, "Deze organisatie helpt veel mensen.", typeMatch: false)
        let plain = sentence(1, "Avres helpt veel mensen.", typeMatch: false)
        let later = sentence(2, "Het duurt drie dagen.", typeMatch: true)
        #expect(composer.answerTypeFactor(.quantity, best: pointing, among: [counted, pointing]) == 1)
        #expect(composer.answerTypeFactor(.quantity, best: plain, among: [counted, plain, later]) < 0.5)
        #expect(composer.answerTypeFactor(.quantity, best: counted, among: [counted]) == 1)
        #expect(composer.answerTypeFactor(.definition, best: plain, among: [plain]) == 1)
        #expect(composer.answerTypeFactor(.time, best: plain, among: [plain]) == 0.75)
        #expect(composer.answerTypeFactor(.person, best: plain, among: [plain]) == 1)
    }
}

/// The story around a question does not make its answer less sure: only
/// the asking sentence has to be answered.
@Suite struct StoryQuestionConfidenceTests {
    @Test func aLongStoryDoesNotLowerTheConfidenceOfAnAnsweredQuestion() throws {
        let fixture = try FollowUpFixture()
        let plain = try fixture.vraagbaak.ask("Wat koken vrijwilligers elke dinsdag in het buurthuis?")
        let story = try fixture.vraagbaak.ask("""
            Mijn moeder van tachtig woont sinds de dood van mijn vader alleen, en ik merk dat ze weinig eet en haar \
            dagen steeds stiller worden. Ik woon zelf ver weg en kan niet vaak langskomen. Wat koken vrijwilligers \
            elke dinsdag in het buurthuis?
            """)
        #expect(plain.answered)
        #expect(story.answered)
        #expect(story.answer.contains("warme maaltijd"))
        #expect(story.confidence >= plain.confidence - 0.05)
    }
}

/// "Waar werkt zij?" with nothing before it does not say who is meant.
@Suite struct UnnamedPersonTests {
    @Test(arguments: ["Waar werkt zij?", "Hoeveel verdient hij?", "Wat is hun taak?"])
    func aFirstQuestionAboutSomeoneUnnamedIsNotAnswered(question: String) throws {
        let bot = try RepositoryVraagbaak()
        let answer = try bot.ask(question)
        #expect(!answer.answered, "\(answer.answer)")
        #expect(answer.confidence == 0)
    }

    /// After "Wie is Rachel?" the same question is about her.
    @Test func theSameQuestionAfterANamedPersonIsAnswered() throws {
        let bot = try RepositoryVraagbaak()
        var conversation = Conversation()
        _ = try bot.vraagbaak.ask("Wie is Rachel?", in: &conversation)
        let answer = try bot.vraagbaak.ask("Waar werkt zij?", in: &conversation)
        #expect(answer.answered)
        #expect(answer.answer.contains("bibliotheek"))
    }

    /// A question that names what it asks about may say "ze" as well.
    @Test func aQuestionWithContentOfItsOwnIsNotCaught() throws {
        let bot = try RepositoryVraagbaak()
        let answer = try bot.ask("Wat doen ze in Aalten voor mensen in de bijstand?")
        #expect(answer.answered)
    }
}
