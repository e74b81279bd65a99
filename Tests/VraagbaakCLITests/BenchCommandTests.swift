import ArgumentParser
import Testing
import VraagbaakCore
@testable import VraagbaakCLI

struct BenchCommandTests {
    @Test func benchReadsItsOptions() throws {
        let command = try VraagbaakCommand.parseAsRoot([
            "bench", "--synthetic", "1000", "--from", "bron", "--questions", "vragen.jsonl", "--seed", "7",
            "--rounds", "2", "--cold-runs", "0", "--json",
        ])
        let bench = try #require(command as? BenchCommand)
        #expect(bench.synthetic == 1000)
        #expect(bench.from == "bron")
        #expect(bench.questions == "vragen.jsonl")
        #expect(bench.seed == 7)
        #expect(bench.rounds == 2)
        #expect(bench.coldRuns == 0)
        #expect(bench.json)
    }

    @Test(arguments: [
        ["bench", "--synthetic", "0"],
        ["bench", "--synthetic", "10", "--knowledge", "kennis"],
        ["bench", "--from", "bron"],
        ["bench", "--rounds", "0"],
    ])
    func badBenchArgumentsAreRejected(arguments: [String]) {
        #expect(throws: (any Error).self) { try VraagbaakCommand.parseAsRoot(arguments) }
    }

    @Test func theProgressLineShowsPassagesRateAndTimeLeft() {
        let line = ProgressBar.line(
            IndexBuildProgress(stage: .analysing, done: 2_500, total: 10_000), elapsed: 0.5, colour: false, width: 8)
        #expect(line == "analysing [##......] 2500/10000 passages  5000/s  0:02 left")
        let coloured = ProgressBar.line(
            IndexBuildProgress(stage: .writing, done: 0, total: 10), elapsed: 0, colour: true, width: 4)
        #expect(coloured.contains("\u{1B}[36m....\u{1B}[0m"))
    }
}
