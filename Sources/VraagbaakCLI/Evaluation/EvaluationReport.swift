import Foundation
import VraagbaakCore

/// The result of `vraagbaak eval`, as a terminal table or as JSON.
struct EvaluationReport {
    var file: String
    var metrics: EvaluationMetrics
    var byTag: [(tag: String, metrics: EvaluationMetrics)]
    var sweep: [EvaluationMetrics]
    var variants: [(AblationVariant, EvaluationMetrics)]
    var cases: [CaseResult]
    var threshold: Double

    static func sweep(_ results: [CaseResult]) -> [EvaluationMetrics] {
        stride(from: 0.0, through: 0.9001, by: 0.05).map { EvaluationMetrics(results, threshold: $0) }
    }

    struct JSON: Encodable {
        var file: String
        var summary: EvaluationMetrics
        var by_tag: [String: EvaluationMetrics]
        var sweep: [EvaluationMetrics]
        var variants: [String: EvaluationMetrics]
        var cases: [CaseJSON]
    }

    struct CaseJSON: Encodable {
        var result: CaseResult
        var answered: Bool
        var passed: Bool
    }

    var json: JSON {
        JSON(
            file: file, summary: metrics,
            by_tag: Dictionary(byTag.map { ($0.tag, $0.metrics) }, uniquingKeysWith: { first, _ in first }),
            sweep: sweep,
            variants: Dictionary(variants.map { ($0.0.rawValue, $0.1) }, uniquingKeysWith: { first, _ in first }),
            cases: cases.map { CaseJSON(result: $0, answered: answered($0), passed: passed($0)) })
    }

    func answered(_ result: CaseResult) -> Bool {
        result.confidence >= threshold && !result.answerText.isEmpty
    }

    func passed(_ result: CaseResult) -> Bool {
        result.answerable ? answered(result) && result.containsAll && result.firstHitRank != nil : !answered(result)
    }

    func table(style: TerminalStyle) -> String {
        var lines: [String] = []
        let m = metrics
        lines.append(style.bold("Evaluation of \(file)") + " — \(m.cases) cases (\(m.answerableCases) answerable, \(m.unanswerableCases) not), threshold \(Format.number(threshold))")
        let sessions = Set(cases.compactMap(\.session)).count
        if sessions > 0 {
            lines.append(style.dim("\(sessions) sessions were asked as conversations, their cases in file order."))
        }
        lines.append("")
        lines.append(row(["figure", "value"], widths: [26, 10]))
        let figures: [(String, String)] = [
            ("hit@1", Format.number(m.hitAt1)), ("hit@3", Format.number(m.hitAt3)), ("MRR@10", Format.number(m.mrrAt10)),
            ("answer-contains", Format.number(m.answerContains)), ("false-abstain", Format.number(m.falseAbstain)),
            ("abstain on unanswerable", Format.number(m.abstainOnUnanswerable)), ("faithfulness", Format.number(m.faithfulness)),
            ("latency p50", Format.ms(m.latencyP50Ms)), ("latency p95", Format.ms(m.latencyP95Ms)), ("latency max", Format.ms(m.latencyMaxMs)),
        ]
        for (name, value) in figures { lines.append(row([name, value], widths: [26, 10])) }
        if !byTag.isEmpty {
            lines.append("")
            lines.append(style.bold("By tag"))
            lines.append(row(["tag", "cases", "hit@1", "contains", "false-abst", "abstain-unans"], widths: [16, 7, 8, 9, 11, 13]))
            for (tag, t) in byTag {
                lines.append(row([
                    tag, String(t.cases), t.answerableCases > 0 ? Format.number(t.hitAt1) : "-",
                    t.answerableCases > 0 ? Format.number(t.answerContains) : "-",
                    t.answerableCases > 0 ? Format.number(t.falseAbstain) : "-",
                    t.unanswerableCases > 0 ? Format.number(t.abstainOnUnanswerable) : "-",
                ], widths: [16, 7, 8, 9, 11, 13]))
            }
        }
        if !sweep.isEmpty {
            lines.append("")
            lines.append(style.bold("Threshold sweep"))
            lines.append(row(["threshold", "contains", "false-abst", "abstain-unans"], widths: [10, 9, 11, 13]))
            for s in sweep {
                lines.append(row([Format.number(s.threshold), Format.number(s.answerContains), Format.number(s.falseAbstain),
                    Format.number(s.abstainOnUnanswerable)], widths: [10, 9, 11, 13]))
            }
        }
        if variants.count > 1 {
            lines.append("")
            lines.append(style.bold("Ablations (one step off at a time)"))
            let nameWidth = variants.map(\.0.rawValue.count).max() ?? 14
            lines.append(row(["variant", "hit@1", "hit@3", "MRR@10", "contains", "false-abst", "abstain-unans"], widths: [nameWidth, 7, 7, 7, 9, 11, 13]))
            for (variant, v) in variants {
                lines.append(row([variant.rawValue, Format.number(v.hitAt1), Format.number(v.hitAt3), Format.number(v.mrrAt10),
                    Format.number(v.answerContains), Format.number(v.falseAbstain), Format.number(v.abstainOnUnanswerable)],
                    widths: [nameWidth, 7, 7, 7, 9, 11, 13]))
            }
        }
        return lines.joined(separator: "\n")
    }

    func failureList() -> String {
        let failed = cases.filter { !passed($0) }
        var lines = ["", "Failed cases: \(failed.count)"]
        for result in failed {
            lines.append("- \(result.id) [\(result.tags.joined(separator: ","))] \(result.question)")
            lines.append("    expected: \(result.answerable ? result.expectedSources.joined(separator: ", ") : "no answer")")
            lines.append("    ranking:  \(result.ranking.prefix(3).joined(separator: ", "))  confidence \(Format.number(result.confidence))")
            lines.append("    answer:   \(answered(result) ? result.answerText : "(not answered)")")
        }
        return lines.joined(separator: "\n")
    }

    private func row(_ cells: [String], widths: [Int]) -> String {
        zip(cells, widths).map { cell, width in cell.padding(toLength: max(width, cell.count), withPad: " ", startingAt: 0) }
            .joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
