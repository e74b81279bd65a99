import Foundation
import Testing

/// `vraagbaak serve` as a client runs it: request lines on stdin, reply
/// lines on stdout, logs (never questions) on stderr, exit status 0 at EOF.
struct ServeEndToEndTests {
    struct Run {
        var status: Int32
        var lines: [[String: Any]]
        var stdout: String
        var stderr: String
    }

    /// Runs `vraagbaak serve` with `input` as its whole standard input.
    static func serve(_ input: Data, arguments: [String] = []) throws -> Run {
        let binary = try #require(EndToEndTests.binary, "build the package first: swift build")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vraagbaak-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inputFile = scratch.appendingPathComponent("input")
        try input.write(to: inputFile)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve"] + arguments
        process.currentDirectoryURL = EndToEndTests.repository
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = scratch.path
        process.environment = environment
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: stdout, as: UTF8.self)
        let lines = try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
        }
        return Run(status: process.terminationStatus, lines: lines, stdout: text, stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func line(_ text: String) -> Data { Data((text + "\n").utf8) }

    static func code(_ reply: [String: Any]) -> Int? { (reply["error"] as? [String: Any])?["code"] as? Int }

    @Test func malformedLinesGetErrorRepliesAndTheServerGoesOnToEOF() throws {
        var input = Data()
        input += Self.line(#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#)
        input += Self.line("this is not json")
        input += Data(#"{"jsonrpc":"2.0","id":2,"method":"ask","params":{"question":""#.utf8)
        input += Data(repeating: UInt8(ascii: "a"), count: 1_200_000) + Self.line(#""}}"#)
        input += Data(#"{"jsonrpc":"2.0","id":3,"method":"ping","params":{"x":""#.utf8) + Data([0xC3, 0x28, 0xFF])
            + Self.line(#""}}"#)
        input += Self.line(#"{"jsonrpc":"2.0","method":"ping"}"#)
        input += Self.line(#"{"jsonrpc":"2.0","id":4,"method":"ask","params":{"question":"Wat is het granieten bestand?","session":"e2e"}}"#)
        input += Data(#"{"jsonrpc":"2.0","id":5,"method":"ping"}"#.utf8)  // no final newline
        let run = try Self.serve(input)
        #expect(run.status == 0)
        #expect(run.lines.count == 6, "one reply per line except the notification: \(run.stdout.prefix(2_000))")
        guard run.lines.count == 6 else { return }
        #expect(run.lines[0]["id"] as? Int == 1 && run.lines[0]["result"] != nil)
        #expect(Self.code(run.lines[1]) == -32700 && run.lines[1]["id"] is NSNull)
        #expect(Self.code(run.lines[2]) == -32002 && run.lines[2]["id"] is NSNull)
        #expect(Self.code(run.lines[3]) == -32003 && run.lines[3]["id"] is NSNull)
        let answer = try #require(run.lines[4]["result"] as? [String: Any])
        #expect(run.lines[4]["id"] as? Int == 4)
        #expect(answer["answered"] as? Bool == true)
        #expect(answer["session"] as? String == "e2e")
        #expect(run.lines[5]["id"] as? Int == 5)
        #expect(!run.stderr.contains("granieten"), "no question text on stderr at the default log level")
    }

    @Test func shutdownRepliesAndExitsWithStatusZero() throws {
        var input = Self.line(#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#)
        input += Self.line(#"{"jsonrpc":"2.0","id":2,"method":"ping"}"#)
        let run = try Self.serve(input)
        #expect(run.status == 0)
        #expect(run.lines.count == 1)
        #expect(run.lines.first?["id"] as? Int == 1)
    }

    @Test func emptyInputAndNotificationsOnlyGiveNoOutput() throws {
        let run = try Self.serve(Self.line(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#))
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        #expect(try Self.serve(Data()).status == 0)
    }

    @Test func askInServeGivesTheSameObjectAsAskJSON() throws {
        let question = "Wat is het granieten bestand?"
        let ask = try EndToEndTests.run(["ask", "--json", question])
        var expected = try #require(try JSONSerialization.jsonObject(with: Data(ask.stdout.utf8)) as? [String: Any])
        let run = try Self.serve(Self.line(#"{"jsonrpc":"2.0","id":1,"method":"ask","params":{"question":"\#(question)"}}"#))
        var served = try #require(run.lines.first?["result"] as? [String: Any])
        #expect(served["session"] is NSNull)
        served["session"] = nil
        served["took_ms"] = nil
        expected["took_ms"] = nil
        func canonical(_ object: [String: Any]) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        #expect(try canonical(served) == canonical(expected))
    }
}
