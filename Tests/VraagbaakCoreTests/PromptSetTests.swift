import Foundation
import Testing
@testable import VraagbaakCore

@Suite struct PromptSetTests {
    private static let prompts = repositoryRoot.appendingPathComponent("prompts")

    private static func source(url: String?) -> AnswerSource {
        AnswerSource(
            id: "granieten-bestand", title: "Granieten bestand toch niet van steen", publisher: nil, url: url,
            passage: "", score: 1)
    }

    @Test(arguments: PromptSet.Language.allCases)
    func theRepositoryPromptsLoad(language: PromptSet.Language) throws {
        let set = try PromptSet.load(from: Self.prompts, language: language)
        #expect(set.language == language)
        for file in PromptSet.files.keys {
            #expect(!set.text(file).isEmpty, "\(language.rawValue)/\(file) renders as empty text")
        }
    }

    @Test(arguments: PromptSet.Language.allCases)
    func theNotAnsweredTextLosesItsRelatedSectionWhenThereIsNone(language: PromptSet.Language) throws {
        let set = try PromptSet.load(from: Self.prompts, language: language)
        let raw = try String(
            contentsOf: Self.prompts.appendingPathComponent("\(language.rawValue)/not-answered.txt"), encoding: .utf8)
        let beforeSection = try #require(raw.components(separatedBy: "[[").first)
        #expect(set.text("not-answered.txt") == beforeSection)
        #expect(set.text("not-answered.txt", ["related": "- Een artikel"]).hasSuffix("- Een artikel"))
    }

    @Test func anUnknownTextIsEmpty() throws {
        let set = try PromptSet.load(from: Self.prompts)
        #expect(set.text("bestaat-niet.txt").isEmpty)
    }

    // MARK: - Source lines

    @Test(arguments: PromptSet.Language.allCases)
    func aSourceLineShowsTheURLWhenKnown(language: PromptSet.Language) throws {
        let set = try PromptSet.load(from: Self.prompts, language: language)
        let line = set.sourceLine(2, Self.source(url: "https://www.sozio.nl/artikel"))
        #expect(line.contains("https://www.sozio.nl/artikel"))
        #expect(!line.contains("granieten-bestand "), "the id is only the fallback")
        #expect(line.hasPrefix("[2]"))
        #expect(line.contains("Granieten bestand toch niet van steen"))
    }

    @Test(arguments: PromptSet.Language.allCases)
    func aSourceLineShowsTheIdWhenThereIsNoURL(language: PromptSet.Language) throws {
        let set = try PromptSet.load(from: Self.prompts, language: language)
        let line = set.sourceLine(1, Self.source(url: nil))
        #expect(line.hasSuffix("granieten-bestand"))
        #expect(!line.contains("http"))
    }

    @Test func aPublisherIsShownOnlyWhenKnown() throws {
        let set = try PromptSet.load(from: Self.prompts)
        var source = Self.source(url: nil)
        let without = set.sourceLine(1, source)
        source.publisher = "Sociaal Werk Nederland"
        let with = set.sourceLine(1, source)
        #expect(with.contains("Sociaal Werk Nederland"))
        #expect(with.count > without.count + "Sociaal Werk Nederland".count)
    }

    @Test func renderingAnAnswerListsEverySourceInOrder() throws {
        let set = try PromptSet.load(from: Self.prompts)
        let answer = Answer(
            answered: true, answer: "Een zin. [1] Nog een zin. [2]", confidence: 0.9,
            sources: [Self.source(url: "https://a.example/1"), Self.source(url: nil)],
            sentences: [AnswerSentence(text: "Een zin.", source: 0), AnswerSentence(text: "Nog een zin.", source: 1)],
            tookMs: 1)
        let text = set.render(answer)
        let first = try #require(text.range(of: "[1] Granieten"))
        let second = try #require(text.range(of: "[2] Granieten"))
        #expect(text.hasPrefix("Een zin. [1] Nog een zin. [2]"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(text.contains("https://a.example/1"))
    }

    @Test func renderingAnUnansweredQuestionWithoutRelatedArticlesIsTheBareText() throws {
        let set = try PromptSet.load(from: Self.prompts)
        let answer = Answer(answered: false, answer: "", confidence: 0.1, sources: [], sentences: [], tookMs: 1)
        #expect(set.render(answer) == set.text("not-answered.txt"))
    }

    // MARK: - Broken prompt folders

    @Test(arguments: Array(PromptSet.files.keys.sorted()))
    func aMissingFileIsNamed(file: String) throws {
        let copy = try Self.copyOfPrompts()
        try FileManager.default.removeItem(at: copy.url.appendingPathComponent("prompts/nl/\(file)"))
        let error = try #require(throws: PromptError.self) {
            try PromptSet.load(from: copy.url.appendingPathComponent("prompts"), language: .dutch)
        }
        guard case .missingFile(let path) = error else {
            Issue.record("expected a missing file, got \(error)")
            return
        }
        #expect(path == "prompts/nl/\(file)")
        #expect(error.errorDescription?.contains("'prompts/nl/\(file)'") == true)
        _ = try PromptSet.load(from: copy.url.appendingPathComponent("prompts"), language: .english)
    }

    @Test func aBrokenFileNamesItsPathAndLine() throws {
        let copy = try Self.copyOfPrompts()
        try copy.write("prompts/en/source-line.txt", "# the source list\n[{n}] {title} — {url}\n")
        let error = try #require(throws: PromptError.self) {
            try PromptSet.load(from: copy.url.appendingPathComponent("prompts"), language: .english)
        }
        #expect(error.errorDescription?.hasPrefix("prompts/en/source-line.txt:2: unknown placeholder {url}") == true)
    }

    @Test func aFileThatIsNotUTF8IsUnreadable() throws {
        let copy = try Self.copyOfPrompts()
        try copy.write("prompts/nl/help.txt", Data([0x48, 0xFF, 0xFE, 0x00, 0xC3]))
        let error = try #require(throws: PromptError.self) {
            try PromptSet.load(from: copy.url.appendingPathComponent("prompts"))
        }
        guard case .unreadable(let path) = error else {
            Issue.record("expected an unreadable file, got \(error)")
            return
        }
        #expect(path == "prompts/nl/help.txt")
    }

    @Test func aMissingFolderIsNamed() throws {
        let copy = try KnowledgeTestFolder()
        let missing = copy.url.appendingPathComponent("geen-prompts")
        let error = try #require(throws: PromptError.self) { try PromptSet.load(from: missing) }
        guard case .folderNotFound(let path) = error else {
            Issue.record("expected a missing folder, got \(error)")
            return
        }
        #expect(path == missing.path)
    }

    /// A temporary folder holding a copy of the repository's `prompts/`.
    private static func copyOfPrompts() throws -> KnowledgeTestFolder {
        let folder = try KnowledgeTestFolder()
        try FileManager.default.copyItem(at: prompts, to: folder.url.appendingPathComponent("prompts"))
        return folder
    }
}
