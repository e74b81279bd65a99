import Foundation
import Testing
@testable import VraagbaakCore

struct QuestionLogTests {
    private func answer(answered: Bool, sources: [String]) -> Answer {
        Answer(
            answered: answered, answer: "Tekst", confidence: 0.71234,
            sources: sources.map { AnswerSource(id: $0, title: $0, publisher: nil, url: nil, passage: "", score: 1) },
            sentences: [], tookMs: 1)
    }

    @Test func eachQuestionIsOneRedactedJSONLine() throws {
        let folder = try KnowledgeTestFolder()
        let path = folder.url.appendingPathComponent("vragen.jsonl").path
        let log = try QuestionLog(path: path)
        try log.record(
            question: "Mijn BSN is 111222333, bel 06-12345678", answer: answer(answered: true, sources: ["granieten-bestand", "bijstand"]),
            at: Date(timeIntervalSince1970: 1_700_000_000))
        try log.record(question: "Wat is \"Figulus\"?", answer: answer(answered: false, sources: []))
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == #"{"answered":true,"confidence":0.712,"question":"Mijn BSN is [BSN], bel [telefoon]","sources":["granieten-bestand","bijstand"],"time":"2023-11-14T22:13:20Z"}"#)
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["question"] as? String == "Wat is \"Figulus\"?")
        #expect(second["answered"] as? Bool == false)
        #expect((second["sources"] as? [Any])?.isEmpty == true)
        #expect(!lines.joined().contains("111222333"))
    }

    @Test func theFileIsCreatedReadableByItsOwnerOnlyAndAppendedTo() throws {
        let folder = try KnowledgeTestFolder()
        let path = folder.url.appendingPathComponent("vragen.jsonl").path
        try QuestionLog(path: path).record(question: "een", answer: answer(answered: false, sources: []))
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        // A second log on the same file (another run) appends; it never truncates.
        try QuestionLog(path: path).record(question: "twee", answer: answer(answered: false, sources: []))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 2)
        #expect(text.contains("\"een\"") && text.contains("\"twee\""))
    }

    @Test func aLogInAMissingFolderIsAnErrorThatNamesTheFile() throws {
        let path = "/nonexistent-\(UUID().uuidString)/vragen.jsonl"
        let error = try #require(throws: QuestionLogError.self) { try QuestionLog(path: path) }
        #expect(error.localizedDescription.contains(path))
        #expect(error.localizedDescription.contains("--log"))
    }
}
