extension IndexBuilder {
    /// Cuts cleaned documents into passages and analyses them.
    ///
    /// Two passes over the tokens: the first counts the surface vocabulary
    /// that compound splitting consults, the second turns every passage's
    /// tokens into term ids. Tokenizing is done on every core; each distinct
    /// token is analysed once (`TermMemo`), on one thread, in passage order,
    /// so term ids are numbered in order of first appearance.
    public func analyse(_ documents: [CleanedDocument], contentHash: String) -> IndexContent {
        // Cutting runs on every core: it is pure, per document, and the results keep their order.
        let passageBuilder = passageBuilder
        let passages = ParallelMap.map(documents.count) { passageBuilder.passages(of: documents[$0]) }.flatMap { $0 }
        let texts = Dictionary(documents.map { ($0.document.id, $0.document.text) }, uniquingKeysWith: { first, _ in first })
        let words = Self.surfaceWords(of: passages, texts: texts)
        var memo = TermMemo(analyzer: Analyzer.dutch(vocabulary: words, options: options))
        var analysed: [IndexContent.AnalysedPassage] = []
        analysed.reserveCapacity(passages.count)
        // A block at a time, so only one block's tokens are held.
        let block = 1024
        for start in stride(from: 0, to: passages.count, by: block) {
            progress?(IndexBuildProgress(stage: .analysing, done: start, total: passages.count))
            let tokenized = ParallelMap.map(min(block, passages.count - start)) { offset in
                let passage = passages[start + offset]
                return PassageTokens(passage, text: texts[passage.documentID]!)
            }
            for (offset, tokens) in tokenized.enumerated() {
                analysed.append(tokens.analysed(passages[start + offset], memo: &memo))
            }
        }
        var content = IndexContent(
            documents: documents.map(\.document), passages: analysed, words: words, contentHash: contentHash)
        content.terms = memo.terms
        return content
    }

    /// The surface vocabulary (`Analyzer.surfaceWords`) of the passages'
    /// sentences: the tokenizer's words are counted per block of passages
    /// (a few dozen dictionaries, not one per passage), and each distinct
    /// word is folded and checked against the stop words once.
    static func surfaceWords(of passages: [Passage], texts: [String: String]) -> WordCounts {
        let blockSize = max(256, passages.count / 64)
        let blocks = (passages.count + blockSize - 1) / blockSize
        let tokenizer = Analyzer.surfaceWords.tokenizer
        let blockWords = ParallelMap.map(blocks, chunk: 1) { block in
            var counts: [String: Int] = [:]
            for passage in passages[(block * blockSize)..<min(passages.count, (block + 1) * blockSize)] {
                let text = texts[passage.documentID]!
                for sentence in passage.sentences {
                    for token in tokenizer.tokenize(text, range: sentence) where token.kind == .word {
                        counts[token.text, default: 0] += 1
                    }
                }
            }
            return counts
        }
        var surface: [String: Int] = [:]
        for counts in blockWords {
            surface.merge(counts, uniquingKeysWith: +)
        }
        var words = WordCounts()
        for (surfaceWord, count) in surface {
            let token = Token(text: surfaceWord, range: surfaceWord.startIndex..<surfaceWord.endIndex, position: 0)
            for word in Analyzer.surfaceWords.analyzeAlone(token) where word.kind == .word {
                words.add(word.text, count: count)
            }
        }
        return words
    }
}

/// One passage's tokens before analysis, with what its sentences hold;
/// made on every core, turned into term ids on one.
private struct PassageTokens: Sendable {
    var heading: [Token]
    /// The sentences' tokens, one sentence after another.
    var tokens: [Token] = []
    /// Where each sentence's tokens end in `tokens`.
    var sentenceEnds: [Int] = []
    /// Each sentence's answer types (`AnswerTypeDetector.types(of:)`) and word count.
    var sentenceTypes: [UInt8]
    var sentenceWords: [Int32]

    init(_ passage: Passage, text: String) {
        let tokenizer = DutchTokenizer()
        heading = passage.heading.map { tokenizer.tokenize($0) } ?? []
        for sentence in passage.sentences {
            tokens += tokenizer.tokenize(text, range: sentence)
            sentenceEnds.append(tokens.count)
        }
        sentenceTypes = passage.sentences.map { AnswerTypeDetector.types(of: text[$0]) }
        sentenceWords = passage.sentences.map { Int32(PassageBuilder.wordCount(text[$0])) }
    }

    /// The passage's terms: the heading's first (at negative positions), then
    /// each sentence's, its positions after the previous sentence's last term
    /// and a gap, so that proximity never spans two sentences.
    func analysed(_ passage: Passage, memo: inout TermMemo) -> IndexContent.AnalysedPassage {
        var ids: [UInt32] = []
        var positions: [Int32] = []
        ids.reserveCapacity(tokens.count + heading.count)
        positions.reserveCapacity(tokens.count + heading.count)
        for token in heading {
            for id in memo.ids(of: token) {
                ids.append(id)
                positions.append(Int32(-1 - token.position))
            }
        }
        var sentenceStarts: [Int32] = []
        sentenceStarts.reserveCapacity(sentenceEnds.count)
        var offset = 0
        var tokenStart = 0
        for sentenceEnd in sentenceEnds {
            sentenceStarts.append(Int32(ids.count))
            var lastPosition = 0
            for token in tokens[tokenStart..<sentenceEnd] {
                let termIDs = memo.ids(of: token)
                for id in termIDs {
                    ids.append(id)
                    positions.append(Int32(token.position + offset))
                }
                if !termIDs.isEmpty { lastPosition = token.position }
            }
            offset += lastPosition + 2
            tokenStart = sentenceEnd
        }
        var result = IndexContent.AnalysedPassage(
            passage: passage, termIDs: ids, positions: positions, sentenceStarts: sentenceStarts)
        result.sentenceTypes = sentenceTypes
        result.sentenceWords = sentenceWords
        return result
    }
}
