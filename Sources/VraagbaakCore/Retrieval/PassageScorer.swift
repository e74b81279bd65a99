import Foundation

/// Scores one candidate passage against an analysed question: weighted BM25,
/// then the re-ranking features (coverage of the question's concepts, how
/// close together they stand, title matches).
struct PassageScorer: Sendable {
    let query: AnalyzedQuery
    let documentFrequencies: [String: Int]
    let passageCount: Int
    let averageLength: Double
    let options: RetrievalOptions
    /// The weight of each of `query.concepts` (`conceptWeight`), computed once per question.
    let conceptWeights: [Double]
    let totalConceptWeight: Double

    init(query: AnalyzedQuery, documentFrequencies: [String: Int], passageCount: Int, averageLength: Double, options: RetrievalOptions) {
        self.query = query
        self.documentFrequencies = documentFrequencies
        self.passageCount = passageCount
        self.averageLength = averageLength
        self.options = options
        conceptWeights = query.concepts.map { concept in
            Self.conceptWeight(concept) { Self.idf(documentFrequencies[$0], passageCount: passageCount) }
        }
        totalConceptWeight = conceptWeights.reduce(0, +)
    }

    /// The rarity of a term; a term the index does not hold counts as the rarest.
    func idf(_ term: String) -> Double {
        Self.idf(documentFrequencies[term], passageCount: passageCount)
    }

    static func idf(_ documentFrequency: Int?, passageCount: Int) -> Double {
        let df = Double(documentFrequency ?? 0)
        let n = Double(max(passageCount, 1))
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    /// A concept's weight in coverage: its importance times the rarity of its question term.
    static func conceptWeight(_ concept: AnalyzedQuery.Concept, idf: (String) -> Double) -> Double {
        concept.importance
            * (concept.alternatives.first.map { $0.terms.map(idf).reduce(0, +) / Double(max($0.terms.count, 1)) } ?? 0)
    }

    func score(_ passage: StoredPassage, titleTerms: Set<String>) -> RankedPassage {
        var frequencies: [String: Int] = [:]
        var firstPositions: [String: [Int32]] = [:]
        for (term, position) in zip(passage.terms, passage.positions) {
            frequencies[term, default: 0] += 1
            if position >= 0 { firstPositions[term, default: []].append(position) }
        }
        let length = Double(passage.terms.count)
        let norm = options.k1 * (1 - options.b + options.b * length / max(averageLength, 1))

        var bm25 = 0.0
        var covered = 0.0
        var titleCovered = 0.0
        var matchedPositions: [[Int32]] = []
        for (concept, weight) in zip(query.concepts, conceptWeights) {
            var best = 0.0
            var bestMatch = 0.0
            var positions: [Int32] = []
            for alternative in concept.alternatives {
                var sum = 0.0
                var present = 0
                for term in alternative.terms {
                    let tf = Double(frequencies[term] ?? 0)
                    guard tf > 0 else { continue }
                    present += 1
                    sum += idf(term) * tf * (options.k1 + 1) / (tf + norm)
                    positions += firstPositions[term] ?? []
                }
                let count = Double(max(alternative.terms.count, 1))
                best = max(best, alternative.weight * sum / count)
                bestMatch = max(bestMatch, alternative.weight * Double(present) / count)
            }
            bm25 += concept.importance * best
            covered += weight * bestMatch
            if concept.allTerms.contains(where: titleTerms.contains) { titleCovered += weight }
            if !positions.isEmpty { matchedPositions.append(positions) }
        }
        let total = max(totalConceptWeight, 1e-9)
        let coverage = covered / total
        let titleMatch = titleCovered / total
        let proximity = Self.proximity(matchedPositions)
        var score = bm25
        if options.reranking {
            score = bm25 * (0.4 + coverage) + 2.0 * coverage * coverage + 0.4 * proximity + 0.6 * titleMatch
            // A document's opening passage says what the page is about.
            if passage.ordinal == 0 { score *= options.leadPassageFactor }
        }
        return RankedPassage(
            passage: passage, score: score, bm25: bm25, coverage: coverage, proximity: proximity, titleMatch: titleMatch)
    }

    /// Finds the shortest window of positions holding one position of every
    /// matched concept; 1 when they are adjacent, falling towards 0 as they spread.
    static func proximity(_ lists: [[Int32]]) -> Double {
        guard lists.count > 1 else { return lists.isEmpty ? 0 : 1 }
        var events: [(position: Int32, concept: Int)] = []
        for (concept, positions) in lists.enumerated() {
            for position in positions { events.append((position, concept)) }
        }
        events.sort { $0.position < $1.position }
        var counts = [Int](repeating: 0, count: lists.count)
        var distinct = 0
        var best = Int32.max
        var left = 0
        for right in events.indices {
            if counts[events[right].concept] == 0 { distinct += 1 }
            counts[events[right].concept] += 1
            while distinct == lists.count {
                best = min(best, events[right].position - events[left].position + 1)
                counts[events[left].concept] -= 1
                if counts[events[left].concept] == 0 { distinct -= 1 }
                left += 1
            }
        }
        guard best != Int32.max else { return 0 }
        return Double(lists.count) / Double(best)
    }
}
