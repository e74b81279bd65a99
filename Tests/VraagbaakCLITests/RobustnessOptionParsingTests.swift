import ArgumentParser
import Testing
@testable import VraagbaakCLI

/// `--strict` and `--log` at the parsing depth.
struct RobustnessOptionParsingTests {
    @Test func strictIsAcceptedByEveryKnowledgeCommand() throws {
        for name in ["ask", "passages", "index", "eval"] {
            var arguments = [name, "--strict"]
            if name == "ask" { arguments.append("vraag") }
            if name == "eval" { arguments.append("set.jsonl") }
            let command = try VraagbaakCommand.parseAsRoot(arguments)
            let strict = switch command {
            case let ask as AskCommand: ask.options.strict
            case let passages as PassagesCommand: passages.options.strict
            case let index as IndexCommand: index.options.strict
            case let eval as EvalCommand: eval.options.strict
            default: false
            }
            #expect(strict, "\(name)")
        }
    }

    @Test func askTakesALogFileAndHasNoneByDefault() throws {
        let logged = try #require(try VraagbaakCommand.parseAsRoot(["ask", "--log", "vragen.jsonl", "vraag"]) as? AskCommand)
        #expect(logged.log.path == "vragen.jsonl")
        let quiet = try #require(try VraagbaakCommand.parseAsRoot(["ask", "vraag"]) as? AskCommand)
        #expect(quiet.log.path == nil)
        #expect(try quiet.log.open() == nil)
    }
}
