import Foundation
import Logging

/// Settings for one benchmark run.
public struct BenchmarkOptions: Sendable {
    /// Timed passes over the question set after one untimed warm-up pass. The default is 5.
    public var rounds = 5
    /// Fresh `ask` processes for the cold figure. The default is 5.
    public var coldRuns = 5
    /// Build the index even when a current one exists. The default is true.
    public var build = true

    public init() {}
}

/// How to start the program itself for the cold `ask` figure.
public struct ColdAskCommand: Sendable {
    public var executable: URL
    /// Arguments before the question, such as `ask --knowledge … --index …`.
    public var arguments: [String]

    public init(executable: URL, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }
}

/// Measures Vraagbaak on one knowledge folder through the `Vraagbaak` type,
/// the path `ask` and `serve` take: build, index size, opening, warm
/// latency per question, quality when the questions name their sources,
/// memory, and the wall time of fresh `ask` processes.
public struct Benchmark: Sendable {
    public var configuration: KnowledgeConfiguration
    public var promptsFolder: URL
    public var questions: [TestCase]
    public var options: BenchmarkOptions
    public var progress: (@Sendable (IndexBuildProgress) -> Void)?

    public init(configuration: KnowledgeConfiguration, promptsFolder: URL, questions: [TestCase], options: BenchmarkOptions = BenchmarkOptions()) {
        self.configuration = configuration
        self.promptsFolder = promptsFolder
        self.questions = questions
        self.options = options
    }

    /// Runs the benchmark; `built` is called when the build is done, before the questions.
    public func run(
        coldAsk: ColdAskCommand?, logger: Logger = Logger(label: "vraagbaak"), built: (IndexBuildReport) -> Void = { _ in }
    ) throws -> BenchmarkReport {
        var build: BenchmarkReport.Build?
        if options.build {
            var builder = IndexBuilder(options: configuration.retrieval.analysis)
            builder.progress = progress
            let report = try builder.build(knowledge: configuration.folder, index: configuration.indexPath)
            built(report)
            build = .init(seconds: report.seconds, passagesPerSecond: Double(report.passages) / max(report.seconds, 1e-9))
        }
        let opening = Stopwatch.now
        let knowledge = try KnowledgeBase.open(configuration, logger: logger)
        let openMs = Stopwatch.milliseconds(since: opening)
        let vraagbaak = try Vraagbaak(knowledge: knowledge, promptsFolder: promptsFolder)

        // The warm-up pass is the quality pass: the evaluator's ranking.
        let results = try Evaluator(vraagbaak: vraagbaak).run(questions)
        let quality = Self.quality(results)
        var retrievalTimes: [Double] = []
        var askTimes: [Double] = []
        for _ in 0..<options.rounds {
            for testCase in questions {
                let started = Stopwatch.now
                _ = try knowledge.retrieve(knowledge.analyze(testCase.question), limit: 10)
                retrievalTimes.append(Stopwatch.milliseconds(since: started))
                let asked = Stopwatch.now
                _ = try vraagbaak.ask(testCase.question)
                askTimes.append(Stopwatch.milliseconds(since: asked))
            }
        }
        let cold = try coldAsk.map { try measureColdAsk($0, question: questions.first?.question ?? "Wat is de Wmo?") }
        let indexBytes = (try? FileManager.default.attributesOfItem(atPath: configuration.indexPath)[.size] as? Int) ?? 0
        return BenchmarkReport(
            knowledge: configuration.folder.path, index: configuration.indexPath,
            documents: knowledge.summary.documentCount, passages: knowledge.summary.passageCount,
            build: build, indexBytes: indexBytes, openMs: openMs, peakMemoryBytes: PeakMemory.ofThisProcess,
            coldAsk: cold, questions: questions.count, rounds: options.rounds,
            retrieval: LatencySummary(milliseconds: retrievalTimes), ask: LatencySummary(milliseconds: askTimes),
            quality: quality)
    }

    /// hit@1 and hit@10 over the cases that name their sources.
    static func quality(_ results: [CaseResult]) -> BenchmarkReport.Quality? {
        let withSources = results.filter { !$0.expectedSources.isEmpty }
        guard !withSources.isEmpty else { return nil }
        func hit(_ result: CaseResult, _ k: Int) -> Bool {
            result.ranking.prefix(k).contains { result.expectedSources.contains($0) }
        }
        let count = Double(withSources.count)
        return .init(
            cases: withSources.count,
            hitAt1: Double(withSources.filter { hit($0, 1) }.count) / count,
            hitAt10: Double(withSources.filter { hit($0, 10) }.count) / count)
    }

    /// Runs the program `coldRuns` times on an existing index and takes the
    /// median wall time, from starting the process to its exit.
    func measureColdAsk(_ command: ColdAskCommand, question: String) throws -> BenchmarkReport.ColdAsk {
        var times: [Double] = []
        for _ in 0..<max(1, options.coldRuns) {
            let started = Stopwatch.now
            let status = ColdProcess.run(command.executable.path, command.arguments + [question])
            times.append(Stopwatch.milliseconds(since: started))
            guard status == 0 else {
                throw BenchmarkError.coldAskFailed(command: ([command.executable.path] + command.arguments).joined(separator: " "), status: status)
            }
        }
        return .init(runs: times.count, medianMs: Percentile.median(times))
    }
}

/// Why a benchmark could not run.
public enum BenchmarkError: LocalizedError, Sendable {
    case coldAskFailed(command: String, status: Int32)

    public var errorDescription: String? {
        switch self {
        case .coldAskFailed(let command, let status):
            return "The cold ask run '\(command)' exited with status \(status). Run it by hand to see why."
        }
    }
}

/// Monotonic time for measurements.
enum Stopwatch {
    static var now: UInt64 { DispatchTime.now().uptimeNanoseconds }

    static func milliseconds(since start: UInt64) -> Double {
        Double(now - start) / 1_000_000
    }
}
