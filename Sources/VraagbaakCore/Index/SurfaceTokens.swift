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
    /// Surface ids by a hash of text and kind, open addressing, -1 for
    /// empty: a `Dictionary` hashes every token with SipHash, which was a
    /// twentieth of a build. Texts with different bytes may be canonically
    /// equal Strings and then get different surface ids; that changes
    /// nothing downstream, because their terms are the same Strings
    /// (`TermMemo` numbers terms by String) and so are their folded words.
    private var slots = [Int32](repeating: -1, count: 1 << 12)

    /// Per block of passages, per token, passages one after another: its
    /// surface id and its position from the tokenizer. Blocks are released
    /// once analysed, so the tokens and the analysed passages are not all
    /// held at once.
    private(set) var blocks: [Block] = []

    struct Block {
        var ids: [UInt32] = []
        /// Positions in 16 bits (a sentence's positions start at 0, so they
        /// are small); `UInt16.max` means the position is in `largePositions`.
        private var positions: [UInt16] = []
        private var largePositions: [Int: Int32] = [:]

        mutating func append(_ id: UInt32, position: Int) {
            if position < Int(UInt16.max) {
                positions.append(UInt16(position))
            } else {
                largePositions[positions.count] = Int32(position)
                positions.append(UInt16.max)
            }
            ids.append(id)
        }

        func position(_ token: Int) -> Int32 {
            let position = positions[token]
            return position == UInt16.max ? largePositions[token]! : Int32(position)
        }
    }

    /// Starts the next block; tokens are appended to the last one.
    mutating func startBlock() {
        blocks.append(Block())
    }

    /// Appends one token to the last block.
    mutating func append(_ token: Token, inSentence: Bool) {
        let id = surfaceID(of: token)
        blocks[blocks.count - 1].append(id, position: token.position)
        if inSentence, token.kind == .word { sentenceWordCounts[Int(id)] += 1 }
    }

    /// Frees block `index` when its passages have been analysed.
    mutating func release(block index: Int) {
        blocks[index] = Block()
    }

    private mutating func surfaceID(of token: Token) -> UInt32 {
        let hash = Self.hash(token.text, token.kind)
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] >= 0 {
            let id = Int(slots[slot])
            if kinds[id] == token.kind, texts[id] == token.text { return UInt32(id) }
            slot = (slot + 1) & mask
        }
        let id = UInt32(texts.count)
        slots[slot] = Int32(id)
        texts.append(token.text)
        kinds.append(token.kind)
        sentenceWordCounts.append(0)
        if texts.count * 2 > slots.count { growSlots() }
        return id
    }

    /// FNV-1a over the kind and the text's UTF-8 bytes, spread by a multiplication.
    private static func hash(_ text: String, _ kind: Token.Kind) -> Int {
        var hash = FNV1aHash()
        hash.mix(CollectionOfOne(kind == .word ? 0 : 1))
        hash.mix(text.utf8)
        return Int(truncatingIfNeeded: (hash.value &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    private mutating func growSlots() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for id in texts.indices {
            var slot = Self.hash(texts[id], kinds[id]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    /// Surface ids are no longer looked up once every passage is in.
    mutating func forgetLookups() {
        slots = []
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
