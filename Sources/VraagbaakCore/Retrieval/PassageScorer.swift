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

    /// The question's concepts in flat arrays for scoring passages of `table`
    /// (`termID`: the id of a term among passage and title words).
    func slots(in table: PassageTable, termID: (String) -> UInt32?) -> ConceptSlots {
        ConceptSlots(query: query, conceptWeights: conceptWeights, termID: { table.termIDs[$0] }, titleID: termID, idf: idf)
    }

    /// Scores the passages at `indices` of `table`, in that order.
    /// `titleTerms` gives the term ids of a document's title (by document
    /// index), `termID` the id of a query term (passage or title vocabulary).
    func score(
        _ indices: [Int], in table: PassageTable, titleTerms: (Int32) -> [UInt32], termID: (String) -> UInt32?
    ) -> [ScoredPassage] {
        let slots = slots(in: table, termID: termID)
        let slotCount = slots.slotTerms.count
        // Per slot: its frequency, a derived token counting `derivedTermWeight`,
        // and whether every occurrence was derived.
        var frequencies = [Double](repeating: 0, count: slotCount)
        var onlyDerived = [Bool](repeating: false, count: slotCount)
        var openingFrequencies = [Double](repeating: 0, count: slotCount)
        // The passage's positions of each slot, in token order: slot s's are
        // `positions[positionStarts[s]..<positionStarts[s + 1]]`.
        var positionCounts = [Int](repeating: 0, count: slotCount)
        var positionStarts = [Int](repeating: 0, count: slotCount + 1)
        var positions: [Int32] = []
        // The matched tokens with a position, in token order: (slot, position).
        var matches: [(slot: Int, position: Int32)] = []
        var titleMatches = [Bool](repeating: false, count: slots.conceptCount)
        var events: [(position: Int32, concept: Int)] = []
        let askedTypeBit = Self.openingTypes.contains(query.type) ? AnswerTypeDetector.bit(of: query.type) : 0
        var result: [ScoredPassage] = []
        result.reserveCapacity(indices.count)
        for index in indices {
            for slot in 0..<slotCount {
                frequencies[slot] = 0
                onlyDerived[slot] = true
                openingFrequencies[slot] = 0
                positionCounts[slot] = 0
            }
            matches.removeAll(keepingCapacity: true)
            // A document's opening words: its first passage's first `openingWords` positions (not its heading).
            let opening: Range<Int32> = options.openingCoverageBoost != 0 && table.ordinals[index] == 0 ? 0..<options.openingWords : 0..<0
            let tokens = table.tokenRange(index)
            for token in tokens {
                guard let slot = slots.slot(of: table.tokens[token]) else { continue }
                let derived = table.isDerived(token, passageStart: tokens.lowerBound)
                let count = derived ? options.derivedTermWeight : 1
                frequencies[slot] += count
                if !derived { onlyDerived[slot] = false }
                let position = table.positions[token]
                if position >= 0 {
                    matches.append((slot, position))
                    positionCounts[slot] += 1
                }
                if opening.contains(position) { openingFrequencies[slot] += count }
            }
            for slot in 0..<slotCount { positionStarts[slot + 1] = positionStarts[slot] + positionCounts[slot] }
            positions.removeAll(keepingCapacity: true)
            positions.append(contentsOf: repeatElement(0, count: matches.count))
            for slot in 0..<slotCount { positionCounts[slot] = positionStarts[slot] }
            for match in matches {
                positions[positionCounts[match.slot]] = match.position
                positionCounts[match.slot] += 1
            }
            var openingCoverage = 0.0
            if !opening.isEmpty {
                openingCoverage = coverage(of: openingFrequencies, slots: slots)
                // An opening that also holds the kind of answer asked ("tussen 07.00 uur en 19.00 uur" for "Hoeveel uur …?").
                if askedTypeBit != 0, let first = table.sentenceRange(index).first, table.sentenceTypes[first] & askedTypeBit != 0 {
                    openingCoverage *= 1 + options.openingAnswerTypeBoost
                }
            }
            let title = titleTerms(table.passageDocuments[index])
            for concept in 0..<slots.conceptCount { titleMatches[concept] = slots.titleHolds(concept, title: title) }
            result.append(score(
                index: index, length: tokens.count, ordinal: Int(table.ordinals[index]), slots: slots, frequencies: frequencies,
                onlyDerived: onlyDerived, positions: positions, positionStarts: positionStarts,
                titleMatches: titleMatches, openingCoverage: openingCoverage, events: &events))
        }
        return result
    }

    private func score(
        index: Int, length: Int, ordinal: Int, slots: ConceptSlots, frequencies: [Double], onlyDerived: [Bool],
        positions: [Int32], positionStarts: [Int], titleMatches: [Bool], openingCoverage: Double,
        events: inout [(position: Int32, concept: Int)]
    ) -> ScoredPassage {
        let norm = options.k1 * (1 - options.b + options.b * Double(length) / max(averageLength, 1))
        var bm25 = 0.0
        var covered = 0.0
        var titleCovered = 0.0
        // The matched concepts' positions, as `proximity(_:)` lists them.
        events.removeAll(keepingCapacity: true)
        var matchedConcepts = 0
        for concept in 0..<slots.conceptCount {
            let weight = slots.weight[concept]
            var best = 0.0
            var bestMatch = 0.0
            let firstEvent = events.count
            for alternative in slots.alternativeStarts[concept]..<slots.alternativeStarts[concept + 1] {
                var sum = 0.0
                var present = 0.0
                for offset in slots.slotStarts[alternative]..<slots.slotStarts[alternative + 1] {
                    let slot = slots.slots[offset]
                    guard slot >= 0 else { continue }
                    let tf = frequencies[slot]
                    guard tf > 0 else { continue }
                    present += onlyDerived[slot] ? options.derivedTermWeight : 1
                    sum += slots.slotIDF[slot] * tf * (options.k1 + 1) / (tf + norm)
                    for position in positions[positionStarts[slot]..<positionStarts[slot + 1]] {
                        events.append((position, matchedConcepts))
                    }
                }
                let count = slots.alternativeTermCount[alternative]
                if slots.countsOnlyWhole[alternative], slots.missesATerm(alternative, frequencies: frequencies) { continue }
                let alternativeWeight = slots.alternativeWeight[alternative]
                best = max(best, alternativeWeight * sum / count)
                bestMatch = max(bestMatch, alternativeWeight * present / count)
            }
            bm25 += slots.importance[concept] * best
            covered += weight * bestMatch
            if titleMatches[concept] { titleCovered += weight }
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
    func coverage(of frequencies: [Double], slots: ConceptSlots) -> Double {
        var covered = 0.0
        for concept in 0..<slots.conceptCount {
            var bestMatch = 0.0
            for alternative in slots.alternativeStarts[concept]..<slots.alternativeStarts[concept + 1] {
                if slots.countsOnlyWhole[alternative], slots.missesATerm(alternative, frequencies: frequencies) { continue }
                var present = 0.0
                for offset in slots.slotStarts[alternative]..<slots.slotStarts[alternative + 1] where slots.slots[offset] >= 0 {
                    present += min(frequencies[slots.slots[offset]], 1)
                }
                bestMatch = max(bestMatch, slots.alternativeWeight[alternative] * present / slots.alternativeTermCount[alternative])
            }
            covered += slots.weight[concept] * bestMatch
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
