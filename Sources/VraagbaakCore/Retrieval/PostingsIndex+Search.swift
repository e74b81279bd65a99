extension PostingsIndex {
    /// The `limit` passages with the best BM25 over `terms` (in this order,
    /// as FTS5 added up its phrases), best first, ties to the lower index.
    ///
    /// Term at a time, rarest first (the caller's order). Before a term with
    /// many passages, when the `limit`-th best score so far is above the most
    /// that term and the ones after it can add together, no passage they
    /// alone hold can enter the result: from then on only the passages
    /// already found are looked up in their postings (MaxScore, as a term at
    /// a time search), and found passages that cannot reach the `limit`-th
    /// best score even with everything the remaining terms can add are dropped. Every passage's score is added up in the same order as
    /// without the shortcut, so the result is exactly the exhaustive one.
    func candidates(for terms: [UInt32], limit: Int) -> [Int] {
        guard !terms.isEmpty, limit > 0, !norms.isEmpty else { return [] }
        return accumulators.withAccumulator { candidates(for: terms, limit: limit, in: $0) }
    }

    /// The search itself, adding up scores in `scores` (untouched on entry).
    func candidates(for terms: [UInt32], limit: Int, in scores: ScoreAccumulator) -> [Int] {
        let passageCount = norms.count
        let idfs = terms.map { Self.idf(hits: documentFrequency($0), rows: passageCount) }
        // The most terms[i...] can add to a passage.
        var remaining = [Double](repeating: 0, count: terms.count + 1)
        for index in terms.indices.reversed() {
            remaining[index] = remaining[index + 1] + idfs[index] * maxFactors[Int(terms[index])]
        }
        var closed = false
        // Once closed: the `limit`-th best score so far, which the final one can only exceed.
        var threshold = 0.0
        for (termIndex, term) in terms.enumerated() {
            let postings = postings(term)
            let idf = idfs[termIndex]
            if !closed, scores.touchedCount >= limit, postings.count > 2 * scores.touchedCount,
                let worst = TopScores.worstKept(scores.touched, limit: limit, score: { scores.score(of: Int($0)) }),
                // A margin for rounding: the bound is a sum in another order.
                worst > remaining[termIndex] * (1 + 1e-9)
            {
                closed = true
                threshold = worst
                prune(scores, below: threshold, bound: remaining[termIndex])
                scores.sortTouched()
            }
            if closed {
                // Look the passages found so far up in this term's postings.
                var low = postings.lowerBound
                for passage in scores.touched {
                    low = gallop(to: UInt32(passage), in: low..<postings.upperBound)
                    guard low < postings.upperBound else { break }
                    guard postingPassages[low] == UInt32(passage) else { continue }
                    scores.add(contribution(idf, low, Int(passage)), to: Int(passage))
                }
                prune(scores, below: threshold, bound: remaining[termIndex + 1])
                continue
            }
            // The loop every posting of the rare terms goes through: over the
            // arrays' memory, without a bounds check per posting.
            postingPassages.withUnsafeBufferPointer { passages in
                postingFrequencies.withUnsafeBufferPointer { frequencies in
                    norms.withUnsafeBufferPointer { norms in
                        scores.add(passages, at: postings) { posting, passage in
                            let frequency = Double(frequencies[posting])
                            // As `contribution(_:_:_:)` writes it.
                            return idf * (frequency * (Self.k1 + 1.0)) / (frequency + norms[passage])
                        }
                    }
                }
            }
        }
        return TopScores.best(scores.touched, limit: limit) { scores.score(of: Int($0)) }
    }

    /// Drops the passages that cannot reach `threshold` even with `bound`
    /// more (the most the remaining terms can add; with a margin for
    /// rounding), so later terms look up fewer of them. Exact: such a passage
    /// ends below the `limit`-th best, ties included.
    private func prune(_ scores: ScoreAccumulator, below threshold: Double, bound: Double) {
        scores.removeTouched { _, score in (score + bound) * (1 + 1e-9) < threshold }
    }

    /// What posting `posting` (of passage `passage`) adds to the score, written
    /// as FTS5 writes it: `idf * (f * (k1 + 1)) / (f + k1 * (1 - b + b * D / avgdl))`.
    @inline(__always)
    private func contribution(_ idf: Double, _ posting: Int, _ passage: Int) -> Double {
        let frequency = Double(postingFrequencies[posting])
        return idf * (frequency * (Self.k1 + 1.0)) / (frequency + norms[passage])
    }

    /// The first posting in `range` whose passage is at least `passage`
    /// (`range.upperBound` when there is none): exponential, then binary search.
    private func gallop(to passage: UInt32, in range: Range<Int>) -> Int {
        var low = range.lowerBound
        guard low < range.upperBound, postingPassages[low] < passage else { return low }
        var step = 1
        var high = low + 1
        while high < range.upperBound, postingPassages[high] < passage {
            low = high
            step *= 2
            high = low + step
        }
        high = min(high, range.upperBound)
        // postingPassages[low] < passage; the answer is in (low, high].
        var lower = low + 1
        var upper = high
        while lower < upper {
            let middle = (lower + upper) / 2
            if postingPassages[middle] < passage { lower = middle + 1 } else { upper = middle }
        }
        return lower
    }
}
