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
