import Foundation

/// The passages of each term, built in memory from a `PassageTable` when a
/// knowledge base opens, and the candidate search over them.
///
/// Candidates are the passages with the best BM25 over the question's rarest
/// terms, computed the way SQLite's FTS5 `bm25()` did when it chose them
/// (k1 1.2, b 0.75, FTS5's idf with its floor of 1e-6, document length in
/// FTS5 `unicode61` tokens), ties to the earlier passage, so the candidates
/// are the ones the FTS5 query gave, without its query and sort at every
/// question. See docs/performance.md for what this changed.
struct PostingsIndex: Sendable {
    static let k1 = 1.2
    static let b = 0.75

    /// Where each term's postings start, by term id, and one past the last term.
    let postingStarts: [Int32]
    /// Passage indices, ascending within each term.
    let postingPassages: [UInt32]
    /// How often the term occurs in that passage.
    let postingFrequencies: [UInt16]
    /// Per passage, FTS5's `k1 * (1 - b + b * D / avgdl)`, computed once
    /// (the same expression, so the same value, as at every question before).
    let norms: [Double]
    /// Per term, the largest BM25 factor (before idf) any of its passages
    /// gets: with the idf, the most the term can add to a passage's score.
    let maxFactors: [Double]
    /// The score memory of the candidate search, kept between questions.
    let accumulators: ScoreAccumulatorPool

    init(_ table: PassageTable) {
        let termCount = table.terms.count
        let passageCount = table.count
        var documentFrequency = [Int32](repeating: 0, count: termCount)
        var lastPassage = [Int32](repeating: -1, count: termCount)
        for index in 0..<passageCount {
            for token in table.tokenRange(index) {
                let term = Int(table.tokens[token])
                if lastPassage[term] != Int32(index) {
                    lastPassage[term] = Int32(index)
                    documentFrequency[term] += 1
                }
            }
        }
        var starts = [Int32](repeating: 0, count: termCount + 1)
        for term in 0..<termCount { starts[term + 1] = starts[term] + documentFrequency[term] }
        var next = Array(starts.dropLast())
        var passages = [UInt32](repeating: 0, count: Int(starts[termCount]))
        var frequencies = [UInt16](repeating: 0, count: Int(starts[termCount]))
        let tokenLengths = table.terms.map { Int32(Self.ftsTokenCount($0)) }
        var lengths = [Int32](repeating: 0, count: passageCount)
        var total = 0
        for term in 0..<termCount { lastPassage[term] = -1 }
        for index in 0..<passageCount {
            var length: Int32 = 0
            for token in table.tokenRange(index) {
                let term = Int(table.tokens[token])
                length += tokenLengths[term]
                if lastPassage[term] != Int32(index) {
                    lastPassage[term] = Int32(index)
                    passages[Int(next[term])] = UInt32(index)
                    next[term] += 1
                }
                let slot = Int(next[term]) - 1
                if frequencies[slot] < UInt16.max { frequencies[slot] += 1 }
            }
            lengths[index] = length
            total += Int(length)
        }
        postingStarts = starts
        postingPassages = passages
        postingFrequencies = frequencies
        // Each passage's length as FTS5 counts it gives its BM25 norm.
        let average = Double(total) / Double(max(passageCount, 1))
        let norms = lengths.map { Self.k1 * (1 - Self.b + Self.b * Double($0) / average) }
        self.norms = norms
        accumulators = ScoreAccumulatorPool(capacity: passageCount)
        maxFactors = (0..<termCount).map { term in
            var largest = 0.0
            for posting in Int(starts[term])..<Int(starts[term + 1]) {
                let frequency = Double(frequencies[posting])
                largest = max(largest, (frequency * (Self.k1 + 1.0)) / (frequency + norms[Int(passages[posting])]))
            }
            return largest
        }
    }

    /// FTS5's idf of a term in `hits` of `rows` passages, never below 1e-6.
    static func idf(hits: Int, rows: Int) -> Double {
        let idf = log((Double(rows) - Double(hits) + 0.5) / (Double(hits) + 0.5))
        return idf <= 0 ? 1e-6 : idf
    }

    /// How many passages hold term `term`.
    func documentFrequency(_ term: UInt32) -> Int {
        Int(postingStarts[Int(term) + 1] - postingStarts[Int(term)])
    }

    func postings(_ term: UInt32) -> Range<Int> {
        Int(postingStarts[Int(term)])..<Int(postingStarts[Int(term) + 1])
    }

    /// How many tokens FTS5's `unicode61` tokenizer (with `.` as a token
    /// character) makes of `term`: runs of letters, numbers, private-use
    /// characters and dots.
    static func ftsTokenCount(_ term: String) -> Int {
        var count = 0
        var inToken = false
        for scalar in term.unicodeScalars {
            let tokenCharacter: Bool
            if scalar.isASCII {
                let value = scalar.value
                tokenCharacter = (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                    || (value >= 0x61 && value <= 0x7A) || value == 0x2E
            } else {
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                    .decimalNumber, .letterNumber, .otherNumber, .privateUse:
                    tokenCharacter = true
                default: tokenCharacter = false
                }
            }
            if tokenCharacter && !inToken { count += 1 }
            inToken = tokenCharacter
        }
        return count
    }
}
