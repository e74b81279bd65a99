import Foundation
import Testing
@testable import VraagbaakCore

@Suite struct TestSetReaderTests {
    private static let good = #"""
        {"id": "granieten-1", "question": "Wat is het granieten bestand?", "answerable": true, "sources": ["granieten-bestand-toch-niet-van-steen"], "answer_contains": [["vaktaal"], ["140.000", "140000"]], "tags": ["definitie"], "session": null}
        """#

    /// The messages of the error a test set is rejected with.
    private func messages(_ text: String, name: String = "dev.jsonl") throws -> [String] {
        let error = try #require(throws: TestSetError.self) { try TestSetReader.parse(text, name: name) }
        guard case .invalidLines(let messages) = error else {
            Issue.record("expected invalid lines, got \(error)")
            return []
        }
        return messages
    }

    @Test func aGoodLineParses() throws {
        let cases = try TestSetReader.parse(Self.good, name: "dev.jsonl")
        #expect(cases == [
            TestCase(
                id: "granieten-1", question: "Wat is het granieten bestand?", answerable: true,
                sources: ["granieten-bestand-toch-niet-van-steen"], answerContains: [["vaktaal"], ["140.000", "140000"]],
                session: nil, notes: nil, tags: ["definitie"], line: 1),
        ])
    }

    @Test func optionalFieldsMayBeLeftOutAndEmptyLinesAreSkipped() throws {
        let text = """

            {"id": "a", "question": "Wat is de Wmo?", "answerable": true, "sources": ["x"], "answer_contains": []}

            {"id": "b", "question": "Hoe laat gaat het zwembad open?", "answerable": false, "sources": [], "answer_contains": [], "session": "s1", "notes": "geen bron"}
            \t
            """
        let cases = try TestSetReader.parse(text, name: "dev.jsonl")
        #expect(cases.map(\.id) == ["a", "b"])
        #expect(cases.map(\.line) == [2, 4])
        #expect(cases[0].tags == [])
        #expect(cases[0].session == nil)
        #expect(cases[1].answerable == false)
        #expect(cases[1].session == "s1")
        #expect(cases[1].notes == "geen bron")
    }

    @Test(arguments: [
        (#"{"id": "a", "question": "Vraag?", "answerable": true, "sources": ["x"], "answer_contains": [[]"#, "not a valid JSON object"),
        (#"["id", "a"]"#, "not a valid JSON object"),
        (#"{"id": "a", "question": "Vraag?", "answerable": true, "sources": ["x"]}"#, "missing field 'answer_contains'"),
        (#"{"id": "a", "question": "Vraag?", "answerable": true, "sources": ["x"], "answer_contains": [], "source": "y"}"#, "unknown field 'source'"),
        (#"{"id": "a", "question": "Vraag?", "answerable": 1, "sources": ["x"], "answer_contains": []}"#, "'answerable' must be true or false"),
        (#"{"id": "a", "question": "Vraag?", "answerable": "true", "sources": ["x"], "answer_contains": []}"#, "'answerable' must be true or false"),
        (#"{"id": "a", "question": 5, "answerable": true, "sources": ["x"], "answer_contains": []}"#, "'question' must be a string"),
        (#"{"id": "a", "question": " ", "answerable": true, "sources": ["x"], "answer_contains": []}"#, "'question' is empty"),
        (#"{"id": "", "question": "Vraag?", "answerable": true, "sources": ["x"], "answer_contains": []}"#, "'id' must be a non-empty string"),
        (#"{"id": 7, "question": "Vraag?", "answerable": true, "sources": ["x"], "answer_contains": []}"#, "'id' must be a non-empty string"),
        (#"{"id": "a", "question": "Vraag?", "answerable": true, "sources": "x", "answer_contains": []}"#, "'sources' must be a list"),
        (#"{"id": "a", "question": "Vraag?", "answerable": true, "sources": ["x", 2], "answer_contains": []}"#, "'sources' must be a list"),
        (#"{"id": "a", "question": "Vraag?", "answerable": true, "sources": ["x"], "answer_contains": ["vaktaal"]}"#, "'answer_contains' must be a list of lists"),
        (#"{"id": "a", "question": "Vraag?", "answerable": true, "sources": ["x"], "answer_contains": [[]]}"#, "'answer_contains' has an empty group"),
        (#"{"id": "a", "question": "Vraag?", "answerable": true, "sources": [], "answer_contains": []}"#, "an answerable case needs at least one id"),
        (#"{"id": "a", "question": "Vraag?", "answerable": true, "sources": ["x"], "answer_contains": [], "tags": "typo"}"#, "'tags' must be a list of strings"),
        (#"{"id": "a", "question": "Vraag?", "answerable": true, "sources": ["x"], "answer_contains": [], "session": 3}"#, "'session' must be a string"),
    ])
    func aBadLineIsReportedWithNameAndLine(line: String, problem: String) throws {
        let text = Self.good.replacingOccurrences(of: "granieten-1", with: "ok") + "\n" + line
        let messages = try messages(text)
        #expect(messages.count == 1)
        let message = try #require(messages.first)
        #expect(message.hasPrefix("dev.jsonl:2: \(problem)"), "\(message)")
    }

    @Test
    func windowsLineEndingsAreLineBreaks() throws {
        let second = Self.good.replacingOccurrences(of: "granieten-1", with: "granieten-2")
        let cases = try TestSetReader.parse(Self.good + "\r\n" + second + "\r\n", name: "dev.jsonl")
        #expect(cases.map(\.id) == ["granieten-1", "granieten-2"])
        #expect(cases.map(\.line) == [1, 2])
    }

    @Test func aDuplicateIdNamesBothLines() throws {
        let text = Self.good + "\n\n" + Self.good
        #expect(try messages(text) == ["dev.jsonl:3: duplicate id 'granieten-1' (first on line 1)"])
    }

    @Test func everyBadLineIsListedInOneErrorAndNothingIsReturned() throws {
        let text = [
            Self.good,
            "{niet json",
            #"{"id": "b", "question": "Vraag?", "answerable": 1, "sources": ["x"], "answer_contains": []}"#,
            Self.good,
            #"{"id": "c", "question": "Vraag?", "answerable": true, "sources": ["x"], "answer_contains": [], "tag": ["x"]}"#,
            #"{"id": "d", "question": "Vraag?", "answerable": false, "sources": [], "answer_contains": []}"#,
        ].joined(separator: "\n")
        let messages = try messages(text, name: "kapot.jsonl")
        #expect(messages.map { $0.prefix(while: { $0 != " " }) } == ["kapot.jsonl:2:", "kapot.jsonl:3:", "kapot.jsonl:4:", "kapot.jsonl:5:"])
        let error = TestSetError.invalidLines(messages)
        #expect(error.errorDescription?.contains("4 bad line(s)") == true)
        #expect(error.errorDescription?.contains("kapot.jsonl:5: unknown field 'tag'") == true)
    }

    @Test func readingAFileNamesItAndRefusesAnEmptyOne() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("leeg.jsonl", "\n\n")
        try folder.write("goed.jsonl", Self.good + "\n")
        let empty = folder.url.appendingPathComponent("leeg.jsonl").path
        let good = folder.url.appendingPathComponent("goed.jsonl").path
        let missing = folder.url.appendingPathComponent("weg.jsonl").path

        #expect(try TestSetReader.read(path: good).map(\.id) == ["granieten-1"])
        let emptyError = try #require(throws: TestSetError.self) { try TestSetReader.read(path: empty) }
        #expect(emptyError.errorDescription?.contains(empty) == true)
        let missingError = try #require(throws: TestSetError.self) { try TestSetReader.read(path: missing) }
        guard case .unreadable(let path) = missingError else {
            Issue.record("expected unreadable, got \(missingError)")
            return
        }
        #expect(path == missing)
    }

    @Test func errorsInAFileCarryItsPath() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("set.jsonl", "{}\n")
        let path = folder.url.appendingPathComponent("set.jsonl").path
        let error = try #require(throws: TestSetError.self) { try TestSetReader.read(path: path) }
        guard case .invalidLines(let messages) = error else {
            Issue.record("expected invalid lines, got \(error)")
            return
        }
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("\(path):1: missing field") == true)
    }

    /// A source id that no document has is reported with the case's line,
    /// before anything is asked; unanswerable cases name no source.
    @Test func aSourceThatIsNoDocumentIsReported() throws {
        let text = Self.good + "\n" + #"{"id": "b", "question": "Vraag?", "answerable": true, "sources": ["granieten-bestand", "jongerenwerkers-geen-ambtenaren"], "answer_contains": []}"#
        let cases = try TestSetReader.parse(text, name: "dev.jsonl")
        let documents: Set<String> = ["granieten-bestand-toch-niet-van-steen", "jongerenwerkers-geen-ambtenaren"]
        let error = try #require(throws: TestSetError.self) {
            try TestSetReader.checkSources(cases, name: "dev.jsonl", isDocument: documents.contains)
        }
        guard case .unknownSources(let messages) = error else {
            Issue.record("expected unknown sources, got \(error)")
            return
        }
        #expect(messages == ["dev.jsonl:2: case 'b': no document has the id 'granieten-bestand'"])
        #expect(error.errorDescription?.contains("nothing was asked") == true)
        try TestSetReader.checkSources(Array(cases.prefix(1)), name: "dev.jsonl", isDocument: documents.contains)
    }

    @Test func theRepositoryDevSetReads() throws {
        let path = repositoryRoot.appendingPathComponent("evaluation/dev.jsonl").path
        try #require(FileManager.default.fileExists(atPath: path), "no dev set at \(path)")
        let cases = try TestSetReader.read(path: path)
        #expect(cases.count >= 10)
        #expect(Set(cases.map(\.id)).count == cases.count)
    }
}
