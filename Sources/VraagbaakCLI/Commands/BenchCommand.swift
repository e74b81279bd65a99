import ArgumentParser
import Foundation
import VraagbaakCore

/// `vraagbaak bench`: how fast is Vraagbaak, and how much does it use?
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure index build, memory, cold start and per-question latency.",
        discussion: """
            Builds the index of the knowledge folder (or of a synthetic one with --synthetic), then asks \
            every question of the test set through the same code as ask and serve, and reports build rate, \
            index size, peak memory, the median time of fresh ask processes and p50/p95/p99 latency. When \
            the questions name their sources, hit@1 and hit@10 are reported too. See docs/performance.md.
            """)

    @OptionGroup var options: KnowledgeOptions

    @Option(name: .long, help: ArgumentHelp(
        "The questions, a JSON Lines test set. The default is the bundled evaluation/dev.jsonl.", valueName: "file"))
    var questions: String?

    @Option(name: .long, help: ArgumentHelp(
        "Generate about N passages of articles from the sentences of --from, beside its real pages, and measure that.",
        valueName: "N"))
    var synthetic: Int?

    @Option(name: .long, help: ArgumentHelp(
        "The folder whose sentences and pages make the synthetic knowledge. The default is the bundled knowledge.",
        valueName: "folder"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp(
        "Where the synthetic knowledge is written. The default is vraagbaak/synthetic-<folder>-<hash>-<N>-<seed> in the user's cache.",
        valueName: "folder"))
    var out: String?

    @Option(name: .long, help: "The seed of the synthetic text. The default is 1447185201.")
    var seed: UInt64 = 0x5642_4B31

    @Option(name: .long, help: "Timed passes over the questions. The default is 5.")
    var rounds = 5

    @Option(name: .customLong("cold-runs"), help: "Fresh ask processes to time; 0 skips the cold figure. The default is 5.")
    var coldRuns = 5

    @Flag(name: .customLong("reuse-index"), help: "Use the existing index when it is current instead of building.")
    var reuseIndex = false

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    func validate() throws {
        if let synthetic, synthetic < 1 { throw ValidationError("--synthetic must be at least 1, not \(synthetic).") }
        if synthetic != nil, options.knowledge != nil {
            throw ValidationError("--synthetic makes its own knowledge folder; pass the source with --from, not --knowledge.")
        }
        if synthetic == nil, from != nil || out != nil { throw ValidationError("--from and --out only go with --synthetic N.") }
        if rounds < 1 { throw ValidationError("--rounds must be at least 1, not \(rounds).") }
        if coldRuns < 0 { throw ValidationError("--cold-runs cannot be negative.") }
    }

    func run() throws {
        var configuration = options.configuration()
        if let synthetic {
            let source = URL(fileURLWithPath: from ?? InstalledData.locate("knowledge"))
            let folder = try SyntheticFolder(
                source: source, passages: synthetic, seed: seed, out: out.map { URL(fileURLWithPath: $0) }
            ).make()
            configuration = KnowledgeConfiguration(folder: folder, indexPath: options.index)
        }
        let cases = try TestSetReader.read(path: questions ?? InstalledData.locate("evaluation/dev.jsonl"))
        var benchmarkOptions = BenchmarkOptions()
        benchmarkOptions.rounds = rounds
        benchmarkOptions.coldRuns = coldRuns
        benchmarkOptions.build = !reuseIndex
        let bar = ProgressBar()
        var benchmark = Benchmark(
            configuration: configuration, promptsFolder: options.promptsFolder, questions: cases, options: benchmarkOptions)
        benchmark.progress = bar.callback
        let cold = coldRuns == 0 ? nil : ColdAskCommand(
            executable: Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]),
            arguments: ["ask", "--knowledge", configuration.folder.path, "--index", configuration.indexPath,
                        "--prompts", options.promptsFolder.path])
        let report = try benchmark.run(coldAsk: cold, logger: options.logger) { build in
            bar.finish(passages: build.passages, seconds: build.seconds)
        }
        print(json ? try AnswerJSON.encode(report) : report.table)
    }
}
