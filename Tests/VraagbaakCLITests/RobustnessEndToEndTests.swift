import Foundation
import Testing
import VraagbaakCore

/// The built binary under rough treatment: killed while indexing, asked with
/// a question log, and run with `--strict` over a folder with a bad file.
struct RobustnessEndToEndTests {
    /// A temporary folder, removed when the test ends.
    final class TemporaryFolder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vraagbaak-robust-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    }

    /// Starts the binary with a private cache and working directory.
    static func start(_ arguments: [String], in folder: TemporaryFolder) throws -> Process {
        let process = try EndToEndTests.process(arguments, directory: folder.url, cache: folder.url.appendingPathComponent("cache"))
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func run(_ arguments: [String], in folder: TemporaryFolder) throws -> EndToEndTests.Run {
        try EndToEndTests.run(arguments, directory: folder.url, cache: folder.url.appendingPathComponent("cache"))
    }

    /// The bundled articles, copied into `folder/kennis`.
    static func copyKnowledge(into folder: TemporaryFolder) throws -> URL {
        let knowledge = folder.url.appendingPathComponent("kennis")
        try FileManager.default.copyItem(at: EndToEndTests.repository.appendingPathComponent("knowledge"), to: knowledge)
        return knowledge
    }

    static let prompts = EndToEndTests.repository.appendingPathComponent("prompts").path

    // MARK: - A build killed at any moment

    @Test func aBuildKilledAtAnyMomentLeavesThePreviousIndexInUse() throws {
        let folder = try TemporaryFolder()
        let knowledge = try Self.copyKnowledge(into: folder)
        let index = folder.path("index/kennis.sqlite")
        _ = try IndexBuilder().build(knowledge: knowledge, index: index)
        let oldHash = try IndexStore(openingReadOnly: index).summary().contentHash
        let graniet = try #require(Analyzer.dutch(vocabulary: WordCounts()).analyze("granieten").first?.text)

        // Many more articles, so that the rebuild takes long enough to be killed in every phase.
        let words = try String(contentsOf: knowledge.appendingPathComponent("granieten-bestand-toch-niet-van-steen.md"), encoding: .utf8)
            .split(whereSeparator: \.isWhitespace).filter { $0.allSatisfy(\.isLetter) }
        var generator = SplitMix(seed: 7)
        for number in 0..<300 {
            var text = "---\nid: extra-\(number)\n---\n"
            for sentence in 0..<30 {
                let sentenceWords = (0..<12).map { _ in words[Int(generator.next() % UInt64(words.count))] }
                text += "Zin \(sentence) van artikel \(number): " + sentenceWords.joined(separator: " ") + ".\n\n"
            }
            try text.write(to: knowledge.appendingPathComponent("extra-\(number).md"), atomically: false, encoding: .utf8)
        }
        let newHash = try KnowledgeFingerprint.of(folder: knowledge)

        var killed = 0
        for delay in [0.0, 0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1.0, 1.5, 2.0] {
            let process = try Self.start(["index", "--knowledge", knowledge.path, "--index", index], in: folder)
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
            }
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killed += 1 }
            // Whatever the moment, the index file is a whole index: the old one, or the new one when the build finished.
            let store = try IndexStore(openingReadOnly: index)
            let hash = try store.summary().contentHash
            #expect(hash == oldHash || hash == newHash, "after \(delay) s")
            #expect(try store.allPassages().contains { $0.terms.contains(graniet) }, "after \(delay) s")
            if hash == newHash { break }
        }
        #expect(killed > 0, "no build was killed; the test knowledge is too small to catch one")

        // The next opening rebuilds over the leftovers and answers; killed builds' temporary files are cleared.
        let knowledgeBase = try KnowledgeBase.open(KnowledgeConfiguration(folder: knowledge, indexPath: index))
        #expect(knowledgeBase.summary.contentHash == newHash)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path("index")).filter { $0.hasSuffix("tmp") || $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        let retrieval = try knowledgeBase.retrieve(knowledgeBase.analyze("Wat is het granieten bestand?"))
        #expect(retrieval.passages.first?.passage.documentID == "granieten-bestand-toch-niet-van-steen")
    }

    // MARK: - Question log

    @Test func askWritesARedactedLineOnlyWithLog() throws {
        let folder = try TemporaryFolder()
        let knowledge = try Self.copyKnowledge(into: folder)
        let question = "Wat is het granieten bestand? Mijn BSN is 111222333 en mail jan@example.nl"
        let quiet = try Self.run(["ask", "--knowledge", knowledge.path, "--prompts", Self.prompts, question], in: folder)
        #expect(quiet.status == 0)
        #expect(!quiet.stderr.contains("111222333") && !quiet.stderr.contains("granieten bestand"))
        // Without --log, no file anywhere (cache, working folder) holds the question.
        let enumerator = FileManager.default.enumerator(atPath: folder.url.path)
        while let name = enumerator?.nextObject() as? String {
            let data = (try? Data(contentsOf: folder.url.appendingPathComponent(name))) ?? Data()
            #expect(data.range(of: Data("111222333".utf8)) == nil, "\(name) holds the question")
        }

        let log = folder.path("vragen.jsonl")
        let logged = try Self.run(["ask", "--knowledge", knowledge.path, "--prompts", Self.prompts, "--log", log, question], in: folder)
        #expect(logged.status == 0)
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 1)
        #expect(text.contains("Mijn BSN is [BSN] en mail [e-mail]"))
        #expect(text.contains("\"sources\":[\"granieten-bestand-toch-niet-van-steen\""))
        #expect(!text.contains("111222333"))
        #expect(try FileManager.default.attributesOfItem(atPath: log)[.posixPermissions] as? Int == 0o600)

        let verbose = try Self.run(["ask", "--knowledge", knowledge.path, "--prompts", Self.prompts, "--verbose", question], in: folder)
        #expect(!verbose.stderr.contains("111222333"), "info-level logs hold no question text")
    }

    @Test func aLogThatCannotBeOpenedIsAnErrorBeforeAnswering() throws {
        let folder = try TemporaryFolder()
        let run = try Self.run(["ask", "--log", "/nonexistent/vragen.jsonl", "Wat is Figulus?"], in: folder)
        #expect(run.status != 0)
        #expect(run.stderr.contains("/nonexistent/vragen.jsonl"))
        #expect(run.stdout.isEmpty)
    }

    // MARK: - --strict

    @Test(arguments: [["ask", "Wat is het granieten bestand?"], ["passages"], ["index"], ["eval", "set.jsonl"]])
    func strictTurnsASkippedFileIntoExitStatusOne(command: [String]) throws {
        let folder = try TemporaryFolder()
        let knowledge = try Self.copyKnowledge(into: folder)
        try """
            {"id": "a", "question": "Wat is het granieten bestand?", "answerable": true, "sources": ["granieten-bestand-toch-niet-van-steen"], "answer_contains": []}
            """.write(toFile: folder.path("set.jsonl"), atomically: true, encoding: .utf8)
        try "---\nid: kapot\ntitle: \"niet gesloten\n---\nTekst.".write(
            to: knowledge.appendingPathComponent("kapot.md"), atomically: true, encoding: .utf8)
        let arguments = [command[0], "--knowledge", knowledge.path, "--prompts", Self.prompts] + command.dropFirst()
        let lenient = try Self.run(arguments, in: folder)
        #expect(lenient.status == 0, "\(lenient.stderr)")
        // Twice with --strict: once building the index, once with the index up to date.
        for round in 1...2 {
            let strict = try Self.run(arguments + ["--strict"], in: folder)
            #expect(strict.status == 1, "round \(round): \(strict.stderr)")
            #expect(strict.stderr.contains("kapot.md:3: broken front matter"), "round \(round): \(strict.stderr)")
        }
    }
}

/// A small seeded generator, so the generated articles are the same every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
