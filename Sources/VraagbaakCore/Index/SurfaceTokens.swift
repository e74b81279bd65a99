/// Every token of a build's passages as the tokenizer gave it, before
/// analysis: each distinct token (text and kind) is a surface id, and the
/// passages are flat arrays of surface ids and positions.
///
/// The builder tokenizes once: the vocabulary that compound splitting
/// consults must be complete before any passage is analysed, so the
/// passages' tokens wait here, as ids, until it is.
struct SurfaceTokens {
    /// Per surface id: the token's text and kind.
    private(set) var texts: [String] = []
    private(set) var kinds: [Token.Kind] = []
    /// Per surface id: how often it occurs as a word in a sentence (headings
    /// do not count), which is what the surface vocabulary counts.
    private(set) var sentenceWordCounts: [Int] = []
    private var wordIDs: [String: UInt32] = [:]
    private var numberIDs: [String: UInt32] = [:]

    /// Per token, passages one after another: its surface id and its position from the tokenizer.
    private(set) var ids: [UInt32] = []
    private(set) var positions: [Int32] = []

    /// Appends one token.
    mutating func append(_ token: Token, inSentence: Bool) {
        let id = surfaceID(of: token)
        ids.append(id)
        positions.append(Int32(token.position))
        if inSentence, token.kind == .word { sentenceWordCounts[Int(id)] += 1 }
    }

    private mutating func surfaceID(of token: Token) -> UInt32 {
        let known = token.kind == .word ? wordIDs[token.text] : numberIDs[token.text]
        if let known { return known }
        let id = UInt32(texts.count)
        switch token.kind {
        case .word: wordIDs[token.text] = id
        case .number: numberIDs[token.text] = id
        }
        texts.append(token.text)
        kinds.append(token.kind)
        sentenceWordCounts.append(0)
        return id
    }

    /// Surface ids are no longer looked up once every passage is in.
    mutating func forgetLookups() {
        wordIDs = [:]
        numberIDs = [:]
    }

    /// The token of surface id `id` (its range and position mean nothing).
    func token(_ id: Int) -> Token {
        let text = texts[id]
        return Token(text: text, range: text.startIndex..<text.endIndex, position: 0, kind: kinds[id])
    }

    /// The surface vocabulary (`Analyzer.surfaceWords`): the sentences' words,
    /// each distinct one folded and checked against the stop words once.
    func surfaceWords() -> WordCounts {
        var words = WordCounts()
        for id in texts.indices where sentenceWordCounts[id] > 0 {
            for word in Analyzer.surfaceWords.analyzeAlone(token(id)) where word.kind == .word {
                words.add(word.text, count: sentenceWordCounts[id])
            }
        }
        return words
    }
}
