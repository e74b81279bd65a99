import Foundation
import Testing
@testable import VraagbaakCore

@Suite struct EvaluationMetricsTests {
    /// A judged case with everything not under test set to something harmless.
    private static func result(
        _ id: String, answerable: Bool = true, ranking: [String] = [], expected: [String] = ["doel"],
        confidence: Double = 0.9, answerText: String = "Een geciteerde zin. [1]", containsAll: Bool = true,
        quoted: Int = 1, faithful: Int = 1, latency: Double = 10, tags: [String] = []
    ) -> CaseResult {
        CaseResult(
            id: id, question: "Vraag \(id)?", answerable: answerable, tags: tags, session: nil, ranking: ranking,
            expectedSources: answerable ? expected : [], confidence: confidence, answerText: answerText,
            containsAll: containsAll, quotedSentences: quoted, faithfulSentences: faithful, latencyMs: latency)
    }

    /// Four answerable and two unanswerable cases, worked out by hand below.
    private static let results = [
        result("a", ranking: ["x", "doel", "y"], confidence: 0.9, containsAll: true, quoted: 2, faithful: 2, latency: 10, tags: ["full"]),
        result("b", ranking: ["doel"], confidence: 0.4, containsAll: true, quoted: 1, faithful: 0, latency: 20, tags: ["full", "typo"]),
        result("c", ranking: ["x", "y", "z", "w", "doel"], confidence: 0.7, containsAll: false, quoted: 3, faithful: 3, latency: 30),
        result("d", ranking: ["x"], confidence: 0.6, containsAll: false, quoted: 1, faithful: 1, latency: 40, tags: ["typo"]),
        result("e", answerable: false, ranking: ["x"], confidence: 0.3, quoted: 1, faithful: 0, latency: 50),
        result("f", answerable: false, ranking: ["x"], confidence: 0.8, quoted: 2, faithful: 1, latency: 60, tags: ["full"]),
    ]

    // MARK: - Ranking

    @Test func firstHitRankIsTheRankOfAnyExpectedSource() {
        #expect(Self.result("r", ranking: ["x", "b", "a"], expected: ["a", "b"]).firstHitRank == 2)
        #expect(Self.result("r", ranking: ["doel"]).firstHitRank == 1)
        #expect(Self.result("r", ranking: ["x"]).firstHitRank == nil)
        #expect(Self.result("r", ranking: []).firstHitRank == nil)
    }

    @Test func rankingFiguresCountAnswerableCasesOnly() {
        let metrics = EvaluationMetrics(Self.results, threshold: 0.5)
        #expect(metrics.cases == 6)
        #expect(metrics.answerableCases == 4)
        #expect(metrics.unanswerableCases == 2)
        #expect(metrics.hitAt1 == 0.25)
        #expect(metrics.hitAt3 == 0.5)
        #expect(abs(metrics.mrrAt10 - (1.0 / 2 + 1 + 1.0 / 5 + 0) / 4) < 1e-12)
    }

    @Test func aHitBeyondTenAddsNothingToTheMRR() {
        let ranking = (1...10).map { "x\($0)" } + ["doel"]
        let metrics = EvaluationMetrics([Self.result("laat", ranking: ranking)], threshold: 0.5)
        #expect(metrics.mrrAt10 == 0)
        #expect(metrics.hitAt3 == 0)
    }

    @Test(arguments: [0.0, 0.5, 0.95])
    func rankingFiguresDoNotDependOnTheThreshold(threshold: Double) {
        let metrics = EvaluationMetrics(Self.results, threshold: threshold)
        #expect(metrics.hitAt1 == 0.25)
        #expect(metrics.hitAt3 == 0.5)
        #expect(metrics.threshold == threshold)
    }

    // MARK: - Answers and the threshold

    struct Expected: CustomStringConvertible, Sendable {
        var threshold: Double
        var answerContains: Double
        var falseAbstain: Double
        var abstainOnUnanswerable: Double
        var faithfulness: Double
        var description: String { "threshold \(threshold)" }
    }

    @Test(arguments: [
        // Everything answered: a and b contain all; quoted 10, faithful 7.
        Expected(threshold: 0, answerContains: 0.5, falseAbstain: 0, abstainOnUnanswerable: 0, faithfulness: 0.7),
        // b (0.4) and e (0.3) abstain; answered a, c, d, f quote 8 sentences, 7 faithful.
        Expected(threshold: 0.5, answerContains: 0.25, falseAbstain: 0.25, abstainOnUnanswerable: 0.5, faithfulness: 0.875),
        // Confidence equal to the threshold answers: c (0.7) and above.
        Expected(threshold: 0.7, answerContains: 0.25, falseAbstain: 0.5, abstainOnUnanswerable: 0.5, faithfulness: 6.0 / 7),
        // Nothing answered: nothing quoted counts as faithful.
        Expected(threshold: 0.95, answerContains: 0, falseAbstain: 1, abstainOnUnanswerable: 1, faithfulness: 1),
    ])
    func answerFiguresFollowTheThreshold(expected: Expected) {
        let metrics = EvaluationMetrics(Self.results, threshold: expected.threshold)
        #expect(abs(metrics.answerContains - expected.answerContains) < 1e-12)
        #expect(abs(metrics.falseAbstain - expected.falseAbstain) < 1e-12)
        #expect(abs(metrics.abstainOnUnanswerable - expected.abstainOnUnanswerable) < 1e-12)
        #expect(abs(metrics.faithfulness - expected.faithfulness) < 1e-12)
    }

    @Test func anEmptyAnswerTextIsNoAnswerWhateverTheConfidence() {
        let silent = Self.result("stil", confidence: 0.99, answerText: "")
        let metrics = EvaluationMetrics([silent], threshold: 0.5)
        #expect(metrics.falseAbstain == 1)
        #expect(metrics.answerContains == 0)
        #expect(metrics.faithfulness == 1, "its sentences were never said")
    }

    @Test func latencyPercentilesComeFromAllCases() {
        let metrics = EvaluationMetrics(Self.results, threshold: 0.5)
        #expect(metrics.latencyP50Ms == 30)
        #expect(metrics.latencyP95Ms == 60)
        #expect(metrics.latencyMaxMs == 60)
    }

    @Test func noCasesGiveZerosAndFullFaithfulness() {
        let metrics = EvaluationMetrics([], threshold: 0.5)
        #expect(metrics.cases == 0)
        #expect(metrics.hitAt1 == 0 && metrics.hitAt3 == 0 && metrics.mrrAt10 == 0)
        #expect(metrics.falseAbstain == 0 && metrics.abstainOnUnanswerable == 0)
        #expect(metrics.faithfulness == 1)
        #expect(metrics.latencyP50Ms == 0 && metrics.latencyMaxMs == 0)
    }

    @Test func figuresPerTagUseOnlyThatTagsCases() throws {
        let byTag = EvaluationMetrics.byTag(Self.results, threshold: 0.5)
        #expect(byTag.map(\.tag) == ["full", "typo"])
        let full = try #require(byTag.first?.metrics)
        #expect(full.cases == 3)
        #expect(full.answerableCases == 2)
        #expect(full.hitAt1 == 0.5)
        #expect(full.abstainOnUnanswerable == 0)
        let typo = try #require(byTag.last?.metrics)
        #expect(typo.cases == 2)
        #expect(typo.hitAt1 == 0.5)
        #expect(typo.falseAbstain == 0.5)
    }

    @Test func theJSONKeysAreSnakeCase() throws {
        let json = try #require(String(data: try JSONEncoder().encode(EvaluationMetrics(Self.results, threshold: 0.5)), encoding: .utf8))
        for key in ["hit_at_1", "hit_at_3", "mrr_at_10", "answer_contains", "false_abstain", "abstain_on_unanswerable", "latency_p95_ms"] {
            #expect(json.contains("\"\(key)\""), "\(key)")
        }
    }

    // MARK: - AnswerMatcher

    @Test(arguments: [
        ("Cliënten", "clienten"),
        ("  De   WMO\n en\tde\u{00A0}AWBZ ", "de wmo en de awbz"),
        ("140.000\u{00A0}Nederlanders", "140.000 nederlanders"),
        ("coördinatie\u{2003}\u{2003}team", "coordinatie team"),
    ])
    func normalizingIgnoresCaseDiacriticsAndWhiteSpace(text: String, normalized: String) {
        #expect(AnswerMatcher.normalize(text) == normalized)
    }

    @Test(arguments: [
        ([["vaktaal"]], true),
        ([["VAKTAAL"], ["140.000", "140000"]], true),
        ([["140000"]], false),
        ([["vaktaal"], ["wajonger"]], false),
        ([["granieten  bestand"]], true),
        ([["Nederlanders die"]], true),
        ([[String]](), true),
    ])
    func everyGroupNeedsOneOfItsAlternatives(groups: [[String]], satisfied: Bool) {
        let answer = "Het is vaktaal voor de pakweg 140.000\u{00A0}Nederlanders\n die meer dan vijf jaar in de bijstand zitten: het Granieten bestand. [1]"
        #expect(AnswerMatcher.satisfies(answer, groups: groups) == satisfied)
    }

    @Test func diacriticsOnEitherSideDoNotMatter() {
        #expect(AnswerMatcher.satisfies("De cliënt staat centraal.", groups: [["client"]]))
        #expect(AnswerMatcher.satisfies("De client staat centraal.", groups: [["cliënt"]]))
        #expect(!AnswerMatcher.satisfies("De klant staat centraal.", groups: [["cliënt"]]))
    }
}
