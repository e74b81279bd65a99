import ArgumentParser
import Foundation
import VraagbaakCore

/// `vraagbaak eval`: how good is the bot on a test set?
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure retrieval, answers, abstention and speed on a test set.",
        discussion: """
            FILE is a JSON Lines test set (see docs/evaluation.md). The run stops before asking anything \
            when a line is bad. With floors (--min-hit1 and the like) the exit status is 1 when a figure \
            falls below its floor, and the figure is named.
            """)

    @OptionGroup var options: KnowledgeOptions

    @Argument(help: "The test set, one JSON case a line.")
    var file: String

    @Flag(name: .long, help: "Print the full report (summary and every case) as JSON.")
    var json = false

    @Flag(name: .long, help: "List the failed cases with expected and actual sources and answer.")
    var failures = false

    @Flag(name: .long, help: "Show how the figures move as the confidence threshold changes.")
    var sweep = false

    @Flag(name: .long, help: "Also run with each analysis or ranking step switched off, and compare.")
    var compare = false

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "With --json, list for every case the sentences the composer weighed, with their features.",
            discussion: "The input of scripts/fit_sentence_weights.py; see docs/evaluation.md."))
    var candidates = false

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "With --json, list for every case the candidate passages retrieval scored, with the features of their scores.",
            discussion: "The input of scripts/fit_ranking_weights.py; see docs/evaluation.md."))
    var passages = false

    @Option(
        name: .customLong("ranking-weights"),
        help: ArgumentHelp(
            "Rank passages with these weights (comma-separated: \(RankingWeights.names.joined(separator: ", "))) instead of the built-in ones.",
            discussion: "For trying weights fitted with scripts/fit_ranking_weights.py; see docs/evaluation.md."))
    var rankingWeights: String?

    @Option(
        name: .customLong("sentence-weights"),
        help: ArgumentHelp(
            "Score sentences with these weights (comma-separated, one per sentence feature) instead of the built-in ones.",
            discussion: "For trying weights fitted with scripts/fit_sentence_weights.py; see docs/evaluation.md."))
    var sentenceWeights: String?

    @Option(name: .long, help: "The confidence threshold to report at (0 to 1). The default is 0.5.")
    var threshold: Double?

    @OptionGroup var floors: EvaluationFloors

    func validate() throws {
        if let threshold, !(0...1).contains(threshold) {
            throw ValidationError("--threshold must be between 0 and 1, not \(threshold).")
        }
        if let sentenceWeights, parsedWeights(sentenceWeights) == nil {
            throw ValidationError(
                "--sentence-weights needs \(SentenceFeatures.names.count) numbers separated by commas "
                    + "(\(SentenceFeatures.names.joined(separator: ", "))), not '\(sentenceWeights)'.")
        }
        if let rankingWeights, parsedRankingWeights(rankingWeights) == nil {
            throw ValidationError(
                "--ranking-weights needs \(RankingWeights.names.count) numbers separated by commas "
                    + "(\(RankingWeights.names.joined(separator: ", "))), not '\(rankingWeights)'.")
        }
        if passages && !json { throw ValidationError("--passages lists passages in the JSON report; add --json.") }
        if candidates && !json { throw ValidationError("--candidates lists sentences in the JSON report; add --json.") }
    }

    func run() throws {
        let cases = try TestSetReader.read(path: file)
        let threshold = self.threshold ?? AnswerOptions().threshold
        var variants: [(AblationVariant, [CaseResult])] = []
        for variant in compare ? AblationVariant.allCases : [.baseline] {
            var configuration = options.configuration()
            if let weights = rankingWeights.flatMap(parsedRankingWeights) { configuration.retrieval.weights = weights }
            configuration.retrieval = variant.apply(to: configuration.retrieval)
            configuration.indexPath = variant.indexPath(besides: configuration.indexPath)
            let knowledge = try options.openKnowledgeBase(configuration)
            if variant == .baseline {
                try TestSetReader.checkSources(cases, name: file) { knowledge.document(id: $0) != nil }
            }
            let vraagbaak = try Vraagbaak(knowledge: knowledge, promptsFolder: options.promptsFolder)
            var evaluator = Evaluator(vraagbaak: vraagbaak)
            if let weights = sentenceWeights.flatMap(parsedWeights) { evaluator.vraagbaak.composer.options.sentenceWeights = weights }
            evaluator.recordsCandidates = candidates && variant == .baseline
            evaluator.recordsPassages = passages && variant == .baseline
            variants.append((variant, try evaluator.run(cases)))
        }
        let results = variants[0].1
        let metrics = EvaluationMetrics(results, threshold: threshold)
        let report = EvaluationReport(
            file: file, metrics: metrics, byTag: EvaluationMetrics.byTag(results, threshold: threshold),
            sweep: sweep ? EvaluationReport.sweep(results) : [],
            variants: variants.map { ($0.0, EvaluationMetrics($0.1, threshold: threshold)) },
            cases: results, threshold: threshold)
        if json {
            print(try AnswerJSON.encode(report.json))
        } else {
            print(report.table(style: .forStandardOutput()))
            if failures { print(report.failureList()) }
        }
        let missed = floors.unmet(by: metrics)
        if !missed.isEmpty {
            FileHandle.standardError.write(Data(("Below the floor: " + missed.joined(separator: "; ") + "\n").utf8))
            throw ExitCode(1)
        }
    }

    private func parsedWeights(_ text: String) -> SentenceWeights? {
        guard let values = Self.numbers(text), values.count == SentenceFeatures.names.count else { return nil }
        return SentenceWeights(values: values)
    }

    private func parsedRankingWeights(_ text: String) -> RankingWeights? {
        Self.numbers(text).flatMap(RankingWeights.init(values:))
    }

    /// Comma-separated numbers; nil when one is not a number. The fitting
    /// scripts print a bracketed list; both forms are taken.
    private static func numbers(_ text: String) -> [Double]? {
        let parts = text.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")).split(separator: ",")
        let values = parts.compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        return values.count == parts.count ? values : nil
    }
}

/// Minimum (or maximum) figures a run must reach, for CI.
struct EvaluationFloors: ParsableArguments {
    @Option(name: .customLong("min-hit1"), help: "Fail when hit@1 is below this.") var minHit1: Double?
    @Option(name: .customLong("min-hit3"), help: "Fail when hit@3 is below this.") var minHit3: Double?
    @Option(name: .customLong("min-mrr"), help: "Fail when MRR@10 is below this.") var minMRR: Double?
    @Option(name: .customLong("min-contains"), help: "Fail when answer-contains is below this.") var minContains: Double?
    @Option(name: .customLong("max-false-abstain"), help: "Fail when false-abstain is above this.") var maxFalseAbstain: Double?
    @Option(name: .customLong("min-abstain"), help: "Fail when abstain-on-unanswerable is below this.") var minAbstain: Double?
    @Option(name: .customLong("min-faithfulness"), help: "Fail when faithfulness is below this.") var minFaithfulness: Double?

    func unmet(by metrics: EvaluationMetrics) -> [String] {
        var missed: [String] = []
        func below(_ name: String, _ value: Double, _ floor: Double?) {
            if let floor, value < floor { missed.append("\(name) \(Format.number(value)) < \(Format.number(floor))") }
        }
        below("hit@1", metrics.hitAt1, minHit1)
        below("hit@3", metrics.hitAt3, minHit3)
        below("MRR@10", metrics.mrrAt10, minMRR)
        below("answer-contains", metrics.answerContains, minContains)
        below("abstain-on-unanswerable", metrics.abstainOnUnanswerable, minAbstain)
        below("faithfulness", metrics.faithfulness, minFaithfulness)
        if let maxFalseAbstain, metrics.falseAbstain > maxFalseAbstain {
            missed.append("false-abstain \(Format.number(metrics.falseAbstain)) > \(Format.number(maxFalseAbstain))")
        }
        return missed
    }
}

enum Format {
    static func number(_ value: Double) -> String { String(format: "%.3f", value) }
    static func ms(_ value: Double) -> String { String(format: "%.2f ms", value) }
}
