import Foundation
import Testing

/// The built `vraagbaak` binary, run as a user runs it: stdout, stderr and
/// the exit status are what is checked.
struct EndToEndTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary `swift build` / `swift test` put beside the test bundle.
    static var binary: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vraagbaak"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("vraagbaak"),
            repository.appendingPathComponent(".build/debug/vraagbaak"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The built binary, set up to run in `directory` with its index cache in `cache` and no colour.
    static func process(_ arguments: [String], directory: URL, cache: URL) throws -> Process {
        let binary = try #require(Self.binary, "build the package first: swift build")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = cache.path
        environment["NO_COLOR"] = "1"
        process.environment = environment
        return process
    }

    /// Runs the binary to the end; without `cache`, in a private cache that is removed afterwards.
    static func run(_ arguments: [String], input: String? = nil, directory: URL = repository, cache: URL? = nil) throws -> Run {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("vraagbaak-e2e-\(UUID().uuidString)")
        defer { if cache == nil { try? FileManager.default.removeItem(at: temporary) } }
        let process = try Self.process(arguments, directory: directory, cache: cache ?? temporary)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        try process.run()
        if let input {
            inputPipe.fileHandleForWriting.write(Data(input.utf8))
            try inputPipe.fileHandleForWriting.close()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func askAnswersWithAQuotedSentenceAndItsSource() throws {
        let run = try Self.run(["ask", "Wat is het granieten bestand?"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("vaktaal voor de pakweg 140.000 Nederlanders"))
        #expect(run.stdout.contains("[1] Granieten bestand toch niet van steen"))
        #expect(!run.stdout.contains("\u{1B}["), "no colour when NO_COLOR is set or stdout is a pipe")
    }

    @Test func askJSONIsOneObjectWithTheDocumentedFields() throws {
        let run = try Self.run(["ask", "--json", "Wat is de hoofdstad van Frankrijk?"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["answered", "answer", "confidence", "sources", "sentences", "took_ms", "referrals", "language"])
        #expect(object["answered"] as? Bool == false)
    }

    @Test func aMissingKnowledgeFolderIsAnErrorThatNamesIt() throws {
        let run = try Self.run(["ask", "--knowledge", "/nonexistent/kennis", "vraag"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("/nonexistent/kennis"))
        #expect(run.stdout.isEmpty)
    }

    @Test func aBadTestSetLineStopsTheEvaluationWithFileAndLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).jsonl")
        try """
            {"id": "a", "question": "Wat is Figulus?", "answerable": true, "sources": ["x"], "answer_contains": []}
            {"id": "b", "question": "Wat?", "answerable": true, "sources": ["x"], "answer_contains": [], "extra": 1}
            """.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Self.run(["eval", file.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("\(file.path):2: unknown field 'extra'"))
    }

    @Test func aFloorThatIsNotMetGivesExitStatusOneAndNamesTheFigure() throws {
        let run = try Self.run(["eval", "evaluation/dev.jsonl", "--min-faithfulness", "1.01"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("faithfulness"))
        #expect(run.stdout.contains("hit@1"))
    }

    @Test func withoutASubcommandItReadsOneQuestionALineFromAPipe() throws {
        let run = try Self.run([], input: "Wat is het granieten bestand?\nHoeveel mensen zijn dat?\n:stop\nWat doet Figulus?\n")
        #expect(run.status == 0)
        #expect(!run.stdout.contains("Welkom"), "no greeting when not on a terminal")
        #expect(run.stdout.contains("140.000"))
        #expect(run.stdout.components(separatedBy: "Bronnen:").count == 3, "two answers, then :stop")
        #expect(!run.stdout.contains("\u{1B}["))
        #expect(!run.stderr.contains("granieten"), "no question text in the logs")
    }

    @Test func chatEndsCleanlyAtTheEndOfInput() throws {
        let run = try Self.run(["chat"], input: "")
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
    }
}

/// `--log` on the conversation front ends: the question is written redacted, and only with `--log`.
struct QuestionLogEndToEndTests {
    static let question = "Ik ben bereikbaar op 06-12345678. Wat is het granieten bestand?"

    @Test(arguments: [
        (["chat"], question + "\n"),
        (["serve"], #"{"jsonrpc":"2.0","id":1,"method":"ask","params":{"question":"\#(question)"}}"# + "\n"),
    ])
    func chatAndServeLogTheQuestionRedacted(command: [String], input: String) throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("vraagbaak-log-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: log) }
        let run = try EndToEndTests.run(command + ["--log", log.path], input: input)
        #expect(run.status == 0)
        #expect(run.stdout.contains("140.000"))
        let written = try String(contentsOf: log, encoding: .utf8)
        #expect(written.split(separator: "\n").count == 1)
        #expect(written.contains("granieten bestand"))
        #expect(!written.contains("12345678"))
        #expect(!run.stderr.contains("12345678"))
    }
}
