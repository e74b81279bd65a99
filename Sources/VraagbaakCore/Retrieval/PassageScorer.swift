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

    /// The kinds of answer an opening sentence is checked for
    /// (`RetrievalOptions.openingAnswerTypeBoost`). Not the definition's
    /// "is" and "zijn", which nearly every sentence holds.
    static let openingTypes: Set<QuestionType> = [.quantity, .time, .place, .person, .reason]

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

    /// Scores the passages at `indices` of `table`, in that order.
    /// `titleTerms` gives the term ids of a document's title (by document
    /// index), `termID` the id of a query term (passage or title vocabulary).
    func score(
        _ indices: [Int], in table: PassageTable, titleTerms: (Int32) -> [UInt32], termID: (String) -> UInt32?
    ) -> [ScoredPassage] {
        // The question's distinct terms that passages hold get a slot each.
        var slotOf: [String: Int] = [:]
        var slotTerms: [UInt32] = []
        var slotIDF: [Double] = []
        var filter = [UInt64](repeating: 0, count: 64)
        for term in query.allTerms {
            guard slotOf[term] == nil, let id = table.termIDs[term] else { continue }
            slotOf[term] = slotTerms.count
            slotTerms.append(id)
            slotIDF.append(idf(term))
            filter[Int(id & 4095) >> 6] |= 1 << (id & 63)
        }
        let alternativeSlots = query.concepts.map { $0.alternatives.map { $0.terms.map { slotOf[$0] ?? -1 } } }
        let conceptTitleIDs = query.concepts.map { $0.allTerms.compactMap(termID) }
        // Per slot: its frequency, a derived token counting `derivedTermWeight`,
        // and whether every occurrence was derived.
        var frequencies = [Double](repeating: 0, count: slotTerms.count)
        var onlyDerived = [Bool](repeating: false, count: slotTerms.count)
        var slotPositions = [[Int32]](repeating: [], count: slotTerms.count)
        var titleMatches = [Bool](repeating: false, count: query.concepts.count)
        var events: [(position: Int32, concept: Int)] = []
        var openingFrequencies = [Double](repeating: 0, count: slotTerms.count)
        let askedTypeBit = Self.openingTypes.contains(query.type) ? AnswerTypeDetector.bit(of: query.type) : 0
        var result: [ScoredPassage] = []
        result.reserveCapacity(indices.count)
        for index in indices {
            for slot in slotTerms.indices {
                frequencies[slot] = 0
                onlyDerived[slot] = true
                slotPositions[slot].removeAll(keepingCapacity: true)
                openingFrequencies[slot] = 0
            }
            // A document's opening words: its first passage's first `openingWords` positions (not its heading).
            let opening: Range<Int32> = options.openingCoverageBoost != 0 && table.ordinals[index] == 0 ? 0..<options.openingWords : 0..<0
            let tokens = table.tokenRange(index)
            for token in tokens {
                let id = table.tokens[token]
                guard filter[Int(id & 4095) >> 6] & (1 << (id & 63)) != 0, let slot = slotTerms.firstIndex(of: id) else { continue }
                let derived = table.isDerived(token, passageStart: tokens.lowerBound)
                let count = derived ? options.derivedTermWeight : 1
                frequencies[slot] += count
                if !derived { onlyDerived[slot] = false }
                let position = table.positions[token]
                if position >= 0 { slotPositions[slot].append(position) }
                if opening.contains(position) { openingFrequencies[slot] += count }
            }
            var openingCoverage = 0.0
            if !opening.isEmpty {
                openingCoverage = coverage(of: openingFrequencies, alternativeSlots: alternativeSlots)
                // An opening that also holds the kind of answer asked ("tussen 07.00 uur en 19.00 uur" for "Hoeveel uur …?").
                if askedTypeBit != 0, let first = table.sentenceRange(index).first, table.sentenceTypes[first] & askedTypeBit != 0 {
                    openingCoverage *= 1 + options.openingAnswerTypeBoost
                }
            }
            let title = titleTerms(table.passageDocuments[index])
            for (concept, ids) in conceptTitleIDs.enumerated() { titleMatches[concept] = ids.contains(where: title.contains) }
            result.append(score(
                index: index, length: tokens.count, ordinal: Int(table.ordinals[index]), frequencies: frequencies,
                onlyDerived: onlyDerived, positions: slotPositions, slotIDF: slotIDF, alternativeSlots: alternativeSlots,
                titleMatches: titleMatches, openingCoverage: openingCoverage, events: &events))
        }
        return result
    }

    private func score(
        index: Int, length: Int, ordinal: Int, frequencies: [Double], onlyDerived: [Bool], positions slotPositions: [[Int32]], slotIDF: [Double],
        alternativeSlots: [[[Int]]], titleMatches: [Bool], openingCoverage: Double, events: inout [(position: Int32, concept: Int)]
    ) -> ScoredPassage {
        let norm = options.k1 * (1 - options.b + options.b * Double(length) / max(averageLength, 1))
        var bm25 = 0.0
        var covered = 0.0
        var titleCovered = 0.0
        // The matched concepts' positions, as `proximity(_:)` lists them.
        events.removeAll(keepingCapacity: true)
        var matchedConcepts = 0
        for (conceptIndex, (concept, weight)) in zip(query.concepts, conceptWeights).enumerated() {
            var best = 0.0
            var bestMatch = 0.0
            let firstEvent = events.count
            for (alternative, slots) in zip(concept.alternatives, alternativeSlots[conceptIndex]) {
                var sum = 0.0
                var present = 0.0
                for slot in slots where slot >= 0 {
                    let tf = frequencies[slot]
                    guard tf > 0 else { continue }
                    present += onlyDerived[slot] ? options.derivedTermWeight : 1
                    sum += slotIDF[slot] * tf * (options.k1 + 1) / (tf + norm)
                    for position in slotPositions[slot] { events.append((position, matchedConcepts)) }
                }
                let count = Double(max(alternative.terms.count, 1))
                if alternative.countsOnlyWhole, slots.contains(where: { $0 < 0 || frequencies[$0] == 0 }) { continue }
                best = max(best, alternative.weight * sum / count)
                bestMatch = max(bestMatch, alternative.weight * present / count)
            }
            bm25 += concept.importance * best
            covered += weight * bestMatch
            if titleMatches[conceptIndex] { titleCovered += weight }
            if events.count > firstEvent { matchedConcepts += 1 }
        }
        let total = max(totalConceptWeight, 1e-9)
        let coverage = covered / total
        let titleMatch = titleCovered / total
        let proximity = Self.proximity(events: &events, lists: matchedConcepts)
        var score = bm25
        var factor = 1.0
        if options.reranking {
            score = options.weights.score(bm25: bm25, coverage: coverage, proximity: proximity, titleMatch: titleMatch, ordinal: ordinal)
            factor = 1 + options.openingCoverageBoost * openingCoverage
            score *= factor
        }
        return ScoredPassage(
            index: index, score: score, bm25: bm25, coverage: coverage, proximity: proximity, titleMatch: titleMatch,
            openingCoverage: openingCoverage, factor: factor)
    }

    /// The weighted share of the question's concepts that a stretch of text
    /// covers, from its frequencies by slot; a term held only as a part or a
    /// participle's verb counts as its frequency there (`derivedTermWeight`).
    func coverage(of frequencies: [Double], alternativeSlots: [[[Int]]]) -> Double {
        var covered = 0.0
        for (conceptIndex, (concept, weight)) in zip(query.concepts, conceptWeights).enumerated() {
            var bestMatch = 0.0
            for (alternative, slots) in zip(concept.alternatives, alternativeSlots[conceptIndex]) {
                if alternative.countsOnlyWhole, slots.contains(where: { $0 < 0 || frequencies[$0] == 0 }) { continue }
                var present = 0.0
                for slot in slots where slot >= 0 { present += min(frequencies[slot], 1) }
                bestMatch = max(bestMatch, alternative.weight * present / Double(max(alternative.terms.count, 1)))
            }
            covered += weight * bestMatch
        }
        return covered / max(totalConceptWeight, 1e-9)
    }

    /// Finds the shortest window of positions holding one position of every
    /// matched concept; 1 when they are adjacent, falling towards 0 as they
    /// spread. The positions of `lists` concepts come as events (position,
    /// concept number); sorts `events` in place.
    static func proximity(events: inout [(position: Int32, concept: Int)], lists: Int) -> Double {
        guard lists > 1 else { return lists == 0 ? 0 : 1 }
        events.sort { $0.position < $1.position }
        var counts = [Int](repeating: 0, count: lists)
        var distinct = 0
        var best = Int32.max
        var left = 0
        for right in events.indices {
            if counts[events[right].concept] == 0 { distinct += 1 }
            counts[events[right].concept] += 1
            while distinct == lists {
                best = min(best, events[right].position - events[left].position + 1)
                counts[events[left].concept] -= 1
                if counts[events[left].concept] == 0 { distinct -= 1 }
                left += 1
            }
        }
        guard best != Int32.max else { return 0 }
        return Double(lists) / Double(best)
    }
}
