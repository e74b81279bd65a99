import VraagbaakCore
import ArgumentParser
import Foundation
import Testing
@testable import VraagbaakCLI

/// The command line at its shallowest depth: arguments in, parsed values or
/// a clear error out.
struct CommandParsingTests {
    @Test func askJoinsTheWordsOfTheQuestionAndReadsItsOptions() throws {
        let command = try VraagbaakCommand.parseAsRoot(["ask", "--json", "--threshold", "0.3", "Wat", "is", "Figulus?"])
        let ask = try #require(command as? AskCommand)
        #expect(ask.question.joined(separator: " ") == "Wat is Figulus?")
        #expect(ask.json)
        #expect(ask.answering.threshold == 0.3)
    }

    @Test(arguments: [
        ["ask", ""],
        ["ask", "--threshold", "1.5", "vraag"],
        ["eval", "dev.jsonl", "--threshold", "-1"],
        ["serve", "--max-sessions", "0"],
        ["serve", "--session-minutes", "0"],
        ["serve", "unexpected"],
        ["eval", "dev.jsonl", "--candidates"],
        ["eval", "dev.jsonl", "--passages"],
        ["eval", "dev.jsonl", "--ranking-weights", "0.4,2,0.4"],
        ["eval", "dev.jsonl", "--ranking-weights", "0.4,2,0.4,0.6,0.3,x"],
        ["eval", "dev.jsonl", "--json", "--sentence-weights", "1,2,3"],
        ["eval", "dev.jsonl", "--sentence-weights", "1,2,3,4,5,6,7,8,9,10,11,12,x"],
    ])
    func badArgumentsAreRejected(arguments: [String]) {
        #expect(throws: (any Error).self) { try VraagbaakCommand.parseAsRoot(arguments) }
    }

    @Test func sharedOptionsAreAcceptedByEveryKnowledgeCommand() throws {
        for name in ["ask", "passages", "index", "eval", "serve"] {
            var arguments = [name, "--knowledge", "kennis", "--index", "/tmp/x.sqlite", "--prompts", "teksten"]
            if name == "ask" { arguments.append("vraag") }
            if name == "eval" { arguments.append("set.jsonl") }
            _ = try VraagbaakCommand.parseAsRoot(arguments)
        }
    }

    @Test func evalTakesCandidatesWithJSONAndOneWeightPerFeature() throws {
        let weights = SentenceFeatures.names.map { _ in "0.5" }.joined(separator: ",")
        let eval = try #require(
            try VraagbaakCommand.parseAsRoot(["eval", "dev.jsonl", "--json", "--candidates", "--sentence-weights", weights])
                as? EvalCommand)
        #expect(eval.json && eval.candidates)
        #expect(eval.sentenceWeights == weights)
    }

    @Test func evalTakesPassagesWithJSONAndOneRankingWeightPerName() throws {
        let eval = try #require(
            try VraagbaakCommand.parseAsRoot(["eval", "dev.jsonl", "--json", "--passages", "--ranking-weights", "[0.4, 2, 0.4, 0.6, 0.3, 1.15]"])
                as? EvalCommand)
        #expect(eval.json && eval.passages)
        #expect(eval.rankingWeights == "[0.4, 2, 0.4, 0.6, 0.3, 1.15]")
    }

    @Test func evalFloorsNameTheFigureThatFailed() throws {
        let command = try #require(
            try VraagbaakCommand.parseAsRoot(["eval", "set.jsonl", "--min-hit1", "0.9", "--max-false-abstain", "0.1"])
                as? EvalCommand)
        let metrics = try JSONDecoder().decode(
            EvaluationMetrics.self,
            from: Data("""
                {"cases": 10, "answerable_cases": 8, "unanswerable_cases": 2, "hit_at_1": 0.5, "hit_at_3": 0.9,
                 "mrr_at_10": 0.7, "answer_contains": 0.6, "false_abstain": 0.25, "abstain_on_unanswerable": 1,
                 "faithfulness": 1, "latency_p50_ms": 1, "latency_p95_ms": 2, "latency_max_ms": 3, "threshold": 0.5}
                """.utf8))
        let missed = command.floors.unmet(by: metrics)
        #expect(missed.count == 2)
        #expect(missed.contains { $0.hasPrefix("hit@1 0.500 < 0.900") })
        #expect(missed.contains { $0.hasPrefix("false-abstain 0.250 > 0.100") })
    }
}
