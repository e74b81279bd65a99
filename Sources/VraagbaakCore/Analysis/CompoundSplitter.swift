import Foundation

/// Finds the parts of a Dutch compound word, using the knowledge base's own
/// vocabulary.
///
/// Dutch writes compounds as one word ("schuldhulpverlening",
/// "bijstandsuitkering"), so a resident who asks about "schulden" and
/// "hulp" would otherwise never match them. A word is split only when every
/// part is a known word of at least three letters (four for the last part),
/// allowing the linking sounds -s-, -en- and -e- between parts, and only when
/// the parts are together more frequent than the whole word (the frequency
/// criterion of Koehn and Knight, 2003): a common word such as
/// "verantwoordelijkheden" is not cut into "verantwoordelijk" + "heden".
public struct CompoundSplitter: Sendable {
    public var vocabulary: WordCounts
    /// Shorter words are never split. The default is 8.
    public var minimumWordLength = 8
    /// Longer words are never split either. The search tries every cut, so
    /// its time grows with the square of the length: a run of 8,000 letters
    /// (from a pasted hash, or "a-a-a-…" joined by the tokenizer) took minutes.
    /// Real compounds stay far below ("arbeidsongeschiktheidsverzekering" has
    /// 33 letters). The default is 60.
    public var maximumWordLength = 60
    /// The default is 3, so that abbreviations such as "ggz" can be a head.
    public var minimumHeadLength = 3
    /// The default is 4.
    public var minimumTailLength = 4
    /// The default is 3.
    public var maximumParts = 3
    var stopWords: Set<String> = DutchStopWords.all

    public init(vocabulary: WordCounts) {
        self.vocabulary = vocabulary
    }

    /// The parts of `word` (folded, lower case), or nil when it is not split.
    public func split(_ word: String) -> [String]? {
        let letters = Array(word)
        guard (minimumWordLength...max(minimumWordLength, maximumWordLength)).contains(letters.count),
              letters.allSatisfy(\.isLetter)
        else { return nil }
        guard let best = splits(letters[...], partsLeft: maximumParts).filter({ $0.parts.count > 1 })
            .max(by: { $0.score < $1.score })
        else { return nil }
        let wholeCount = Double(vocabulary.count(of: word))
        return best.score > wholeCount ? best.parts : nil
    }

    private struct Candidate {
        var parts: [String]
        var logSum: Double
        var score: Double { exp(logSum / Double(parts.count)) }
    }

    /// Every way to read `letters` as one to `partsLeft` known words.
    private func splits(_ letters: ArraySlice<Character>, partsLeft: Int) -> [Candidate] {
        var result: [Candidate] = []
        let whole = String(letters)
        let wholeCount = vocabulary.count(of: whole)
        if wholeCount > 0, letters.count >= minimumTailLength, !stopWords.contains(whole) {
            result.append(Candidate(parts: [whole], logSum: log(Double(wholeCount))))
        }
        guard partsLeft > 1, letters.count >= minimumHeadLength + minimumTailLength else { return result }
        let start = letters.startIndex
        for cut in (start + minimumHeadLength)...(letters.endIndex - minimumTailLength) {
            guard let head = knownHead(String(letters[start..<cut])) else { continue }
            for tail in splits(letters[cut...], partsLeft: partsLeft - 1) {
                result.append(Candidate(parts: [head.word] + tail.parts, logSum: log(Double(head.count)) + tail.logSum))
            }
        }
        return result
    }

    /// The head as written, or without a linking -s-, -en- or -e-.
    private func knownHead(_ head: String) -> (word: String, count: Int)? {
        var forms = [head]
        if head.hasSuffix("s") { forms.append(String(head.dropLast())) }
        if head.hasSuffix("en") { forms.append(String(head.dropLast(2))) }
        if head.hasSuffix("e") { forms.append(String(head.dropLast())) }
        for form in forms where form.count >= minimumHeadLength && !stopWords.contains(form) {
            let count = vocabulary.count(of: form)
            if count > 0 { return (form, count) }
        }
        return nil
    }
}

/// Adds the parts of split compounds after the whole word; the parts keep the
/// whole word's range and position.
public struct CompoundSplittingFilter: TokenFilter {
    public let splitter: CompoundSplitter
    /// Words already looked at, with their parts: text repeats its words, and
    /// splitting was half of an index build's time.
    private let memo = SplitMemo()

    public init(splitter: CompoundSplitter) {
        self.splitter = splitter
    }

    public func apply(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        for token in tokens {
            result.append(token)
            guard token.kind == .word, let parts = memo.parts(of: token.text, splitter) else { continue }
            for part in parts {
                result.append(Token(text: part, range: token.range, position: token.position, kind: .word, isDerived: true))
            }
        }
        return result
    }
}

/// The compound splits a filter has computed, shared by every copy of it.
///
/// It holds at most `limit` words: a `serve` process keeps its analyzer for
/// as long as it runs and sees new words in every question, so when the memo
/// is full it starts again empty (the words of a folder and its questions fit
/// many times over; an index build analyses each distinct word once anyway,
/// see `TermMemo`).
///
/// `@unchecked Sendable`: the dictionary is only read or written while
/// `lock` is held, and a split depends only on the word and the filter's
/// immutable splitter, so a cached answer is always the one `split` gives.
final class SplitMemo: @unchecked Sendable {
    /// The default is 100,000 words (a few megabytes).
    let limit: Int
    private let lock = NSLock()
    private var known: [String: [String]?] = [:]

    init(limit: Int = 100_000) {
        self.limit = limit
    }

    /// The number of words held now.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return known.count
    }

    func parts(of word: String, _ splitter: CompoundSplitter) -> [String]? {
        lock.lock()
        let cached = known[word]
        lock.unlock()
        if let cached { return cached }
        let parts = splitter.split(word)
        lock.lock()
        if known.count >= limit { known.removeAll(keepingCapacity: true) }
        known[word] = .some(parts)
        lock.unlock()
        return parts
    }
}
