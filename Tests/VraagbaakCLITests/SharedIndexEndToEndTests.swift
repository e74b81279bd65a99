import Foundation
import Testing

/// Several `vraagbaak serve` processes reading one index while other
/// processes add articles to the knowledge folder and rebuild the index
/// (`vraagbaak index`, and the servers' own `reload`).
struct SharedIndexEndToEndTests {
    /// One running `vraagbaak serve`, driven a request line at a time.
    ///
    /// The test writes requests to its standard input and reads the replies
    /// from its standard output itself, so several servers work at once
    /// while the test waits for none of them in particular.
    final class Server {
        let name: String
        let process: Process
        let stderrFile: URL
        private let input: FileHandle
        private let output: FileHandle
        private var buffer = Data()
        /// The requests sent whose replies were not read yet, oldest first.
        private(set) var waiting: [(id: Int, method: String)] = []
        /// The number of documents each `reload` reported, in order.
        var reloadedDocuments: [Int] = []

        init(name: String, arguments: [String], folder: URL) throws {
            self.name = name
            stderrFile = folder.appendingPathComponent("\(name).stderr")
            _ = FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
            process = try EndToEndTests.process(
                ["serve"] + arguments, directory: folder, cache: folder.appendingPathComponent("cache"))
            let inputPipe = Pipe()
            let outputPipe = Pipe()
            process.standardInput = inputPipe
            process.standardOutput = outputPipe
            process.standardError = try FileHandle(forWritingTo: stderrFile)
            input = inputPipe.fileHandleForWriting
            output = outputPipe.fileHandleForReading
            try process.run()
        }

        func send(id: Int, method: String, params: [String: Any] = [:]) throws {
            let request: [String: Any] = ["jsonrpc": "2.0", "id": id, "method": method, "params": params]
            var line = try JSONSerialization.data(withJSONObject: request)
            line.append(UInt8(ascii: "\n"))
            try input.write(contentsOf: line)
            waiting.append((id, method))
        }

        /// The next reply line, parsed, with the request it answers; nil at the end of output.
        func nextReply() throws -> (reply: [String: Any], id: Int, method: String)? {
            while true {
                if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = buffer[buffer.startIndex..<newline]
                    buffer = Data(buffer[(newline + 1)...])
                    let request = try #require(waiting.first, "\(name) replied to nothing: \(String(decoding: line, as: UTF8.self))")
                    waiting.removeFirst()
                    let reply = try #require(
                        try JSONSerialization.jsonObject(with: line) as? [String: Any],
                        "\(name) wrote a line that is not a JSON object: \(String(decoding: line.prefix(500), as: UTF8.self))")
                    return (reply, request.id, request.method)
                }
                let data = output.availableData
                if data.isEmpty { return nil }
                buffer.append(data)
            }
        }

        /// Closes standard input and waits for the server to exit; its exit status.
        func finish() throws -> Int32 {
            try input.close()
            while let extra = try nextReply() {
                Issue.record("\(name) wrote a reply after its last request: \(extra.reply)")
            }
            process.waitUntilExit()
            return process.terminationStatus
        }

        /// Read through a file handle: on Linux, `String(contentsOf:)` of an
        /// empty file leaks its read buffer, which LeakSanitizer reports.
        var stderr: String {
            guard let handle = try? FileHandle(forReadingFrom: stderrFile) else { return "" }
            defer { try? handle.close() }
            return String(decoding: (try? handle.readToEnd()) ?? Data(), as: UTF8.self)
        }
    }

    /// Questions on the bundled articles (and one they do not answer). Each must get the same answer, citing the
    /// same source first, from every server all through the test.
    static let questions = [
        "Wat is het granieten bestand?",
        "Via welke partners vindt Figulus werk voor mensen?",
        "Wat zijn gouden gemeenten?",
        "Wat is de hoofdstad van Frankrijk?",
    ]

    /// An article on a subject no bundled article touches, so that it changes no answer above.
    static func article(_ number: Int) -> String {
        """
        ---
        id: zwanenbloemfonds-\(number)
        title: "Het zwanenbloemfonds, deel \(number)"
        ---
        # Het zwanenbloemfonds, deel \(number)

        Het zwanenbloemfonds betaalt een tegemoetkoming voor de aanleg van een zwanenbloemvijver. \
        Bewoners vragen de bijdrage uit het zwanenbloemfonds aan bij de vijvercommissie van hun wijk. \
        Deel \(number) van deze reeks gaat over de voorwaarden van het zwanenbloemfonds.

        """
    }

    /// Filler articles of made-up words, so that a build takes long enough for many requests to meet it.
    static func writeFillerArticles(_ count: Int, into knowledge: URL) throws {
        let syllables = ["ka", "lo", "mi", "ne", "tur", "vos", "pel", "dri", "sum", "ba", "rek", "tjo"]
        var generator = SplitMix(seed: 11)
        func word() -> String {
            (0..<3).map { _ in syllables[Int(generator.next() % UInt64(syllables.count))] }.joined()
        }
        for number in 0..<count {
            var text = "---\nid: vulling-\(number)\n---\n"
            for _ in 0..<30 {
                text += (0..<12).map { _ in word() }.joined(separator: " ").capitalized + ".\n\n"
            }
            try text.write(to: knowledge.appendingPathComponent("vulling-\(number).md"), atomically: false, encoding: .utf8)
        }
    }

    @Test func threeServersKeepAnsweringWhileTheIndexIsRebuiltUnderThem() throws {
        // A server that died must fail the test, not end the test process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let folder = try RobustnessEndToEndTests.TemporaryFolder()
        let knowledge = try RobustnessEndToEndTests.copyKnowledge(into: folder)
        try Self.writeFillerArticles(20, into: knowledge)
        let index = folder.path("index/kennis.sqlite")
        let shared = ["--knowledge", knowledge.path, "--index", index, "--prompts", RobustnessEndToEndTests.prompts]
        let initial = try RobustnessEndToEndTests.run(["index"] + shared, in: folder)
        try #require(initial.status == 0, "\(initial.stderr)")
        let bundledDocuments = try FileManager.default.contentsOfDirectory(atPath: knowledge.path).filter { $0.hasSuffix(".md") }.count

        let servers = try (1...3).map { try Server(name: "server-\($0)", arguments: shared, folder: folder.url) }
        var nextID = 1
        var replies = 0
        /// Whether each question was answered and the source cited first, as the first reply to it said.
        var firstAnswers: [String: (answered: Bool, source: String?)] = [:]

        /// Checks one reply: its id, no error, and for `ask` an answer whose sentences cite its sources.
        func check(_ server: Server, _ reply: [String: Any], id: Int, method: String, question: String? = nil) {
            replies += 1
            #expect(reply["jsonrpc"] as? String == "2.0", "\(server.name) #\(id)")
            #expect(reply["id"] as? Int == id, "\(server.name): reply \(reply["id"] ?? "none") where #\(id) was due")
            #expect(reply["error"] == nil, "\(server.name) #\(id) \(method): \(reply["error"] ?? "")")
            guard let result = reply["result"] as? [String: Any] else {
                Issue.record("\(server.name) #\(id) \(method): no result object")
                return
            }
            switch method {
            case "ask":
                let sources = result["sources"] as? [[String: Any]] ?? []
                let sentences = result["sentences"] as? [[String: Any]] ?? []
                #expect(sources.allSatisfy { $0["id"] is String && !($0["passage"] as? String ?? "").isEmpty }, "\(server.name) #\(id)")
                if result["answered"] as? Bool == true {
                    #expect(!sentences.isEmpty, "\(server.name) #\(id)")
                    for sentence in sentences {
                        let source = sentence["source"] as? Int ?? -1
                        #expect(sources.indices.contains(source), "\(server.name) #\(id): a sentence cites source \(source) of \(sources.count)")
                    }
                }
                if let question {
                    let answer = (answered: result["answered"] as? Bool == true, source: sources.first?["id"] as? String)
                    let first = firstAnswers[question, default: answer]
                    firstAnswers[question] = first
                    #expect(answer == first, "\(server.name) #\(id) '\(question)': \(answer), first \(first)")
                }
            case "reload":
                let documents = result["documents"] as? Int ?? 0
                #expect(documents >= (server.reloadedDocuments.last ?? bundledDocuments), "\(server.name) #\(id): fewer documents than before")
                server.reloadedDocuments.append(documents)
            default:
                break
            }
        }

        /// One round: every server gets three questions (every other round, one of them a `reload` first), then
        /// every reply is read.
        func round(_ number: Int) throws {
            var questions: [Int: String] = [:]
            for (position, server) in servers.enumerated() {
                if number % (2 * servers.count) == 2 * position {
                    try server.send(id: nextID, method: "reload")
                    nextID += 1
                }
                for turn in 0..<3 {
                    let question = Self.questions[(number + position + turn) % Self.questions.count]
                    try server.send(id: nextID, method: "ask", params: ["question": question, "session": "s\(position)"])
                    questions[nextID] = question
                    nextID += 1
                }
            }
            for server in servers {
                while !server.waiting.isEmpty {
                    let (reply, id, method) = try #require(
                        try server.nextReply(), "\(server.name) stopped before replying to #\(server.waiting[0].id): \(server.stderr)")
                    check(server, reply, id: id, method: method, question: questions[id])
                }
            }
        }

        // Four times: add an article and rebuild the index in other processes (the second time two at once), while
        // the servers answer four rounds. The next article is written without waiting for the builds, so a build may
        // read the folder while it changes, and an older build may be renamed into place after a newer one.
        var builders: [Process] = []
        var roundNumber = 0
        for article in 1...4 {
            try Self.article(article).write(
                to: knowledge.appendingPathComponent("zwanenbloemfonds-\(article).md"), atomically: false, encoding: .utf8)
            for _ in 0..<(article == 2 ? 2 : 1) {
                builders.append(try RobustnessEndToEndTests.start(["index"] + shared, in: folder))
            }
            for _ in 0..<4 {
                try round(roundNumber)
                roundNumber += 1
            }
        }
        for builder in builders {
            builder.waitUntilExit()
            #expect(builder.terminationStatus == 0, "vraagbaak index")
        }

        // With the folder still and the builds done, every server reloads and then knows all four new articles.
        for server in servers {
            try server.send(id: nextID, method: "reload")
            try server.send(id: nextID + 1, method: "sources")
            try server.send(id: nextID + 2, method: "stats")
            try server.send(id: nextID + 3, method: "ask", params: ["question": "Waar vraag ik een bijdrage uit het zwanenbloemfonds aan?"])
            nextID += 4
            var results: [String: [String: Any]] = [:]
            while !server.waiting.isEmpty {
                let (reply, id, method) = try #require(try server.nextReply(), "\(server.name): \(server.stderr)")
                check(server, reply, id: id, method: method)
                results[method] = reply["result"] as? [String: Any]
            }
            let ids = (results["sources"]?["documents"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect((1...4).allSatisfy { ids.contains("zwanenbloemfonds-\($0)") }, "\(server.name): \(ids)")
            #expect(results["stats"]?["documents"] as? Int == bundledDocuments + 4, "\(server.name)")
            let answer = results["ask"]
            #expect(answer?["answered"] as? Bool == true, "\(server.name)")
            let cited = (answer?["sources"] as? [[String: Any]])?.first?["id"] as? String ?? ""
            #expect(cited.hasPrefix("zwanenbloemfonds-"), "\(server.name): \(cited)")
        }

        for server in servers {
            #expect(try server.finish() == 0, "\(server.name): \(server.stderr)")
            #expect(!server.stderr.localizedCaseInsensitiveContains("error"), "\(server.name): \(server.stderr)")
        }
        #expect(firstAnswers.values.filter(\.answered).count == 3, "\(firstAnswers)")
        #expect(replies == nextID - 1, "every request got its reply")
        #expect(servers.allSatisfy { $0.reloadedDocuments.count >= 2 })
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path("index")).filter { $0 != "kennis.sqlite" }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }
}
