extension IndexBuilder {
    /// Cuts cleaned documents into passages and analyses them.
    ///
    /// Every passage is tokenized once, on every core, and its tokens kept
    /// as surface ids (`SurfaceTokens`); their counts give the surface
    /// vocabulary that compound splitting consults. Then each passage's
    /// tokens become term ids, each distinct token analysed once
    /// (`TermMemo`), on one thread, in passage order, so term ids are
    /// numbered in order of first appearance.
    public func analyse(_ documents: [CleanedDocument], contentHash: String) -> IndexContent {
        // Cutting runs on every core: it is pure, per document, and the results keep their order.
        let passageBuilder = passageBuilder
        let passages = ParallelMap.map(documents.count) { passageBuilder.passages(of: documents[$0]) }.flatMap { $0 }
        let texts = Dictionary(documents.map { ($0.document.id, $0.document.text) }, uniquingKeysWith: { first, _ in first })
        var surface = SurfaceTokens()
        var shapes: [PassageShape] = []
        shapes.reserveCapacity(passages.count)
        // A block at a time, so only one block's tokens are held as strings.
        let block = 1024
        for start in stride(from: 0, to: passages.count, by: block) {
            progress?(IndexBuildProgress(stage: .analysing, done: start / 2, total: passages.count))
            surface.startBlock()
            let tokenized = ParallelMap.map(min(block, passages.count - start)) { offset in
                let passage = passages[start + offset]
                return TokenizedPassage(passage, text: texts[passage.documentID]!)
            }
            for passage in tokenized {
                shapes.append(passage.add(to: &surface))
            }
        }
        surface.forgetLookups()
        let words = surface.surfaceWords()
        var memo = TermMemo(analyzer: Analyzer.dutch(vocabulary: words, options: options), surfaces: surface.texts.count)
        var analysed: [IndexContent.AnalysedPassage] = []
        analysed.reserveCapacity(passages.count)
        for (index, passage) in passages.enumerated() {
            if index % block == 0 {
                progress?(IndexBuildProgress(stage: .analysing, done: (passages.count + index) / 2, total: passages.count))
                if index > 0 { surface.release(block: index / block - 1) }
            }
            analysed.append(shapes[index].analysed(passage, tokens: surface.blocks[index / block], memo: &memo, surface: surface))
        }
        var content = IndexContent(
            documents: documents.map(\.document), passages: analysed, words: words, contentHash: contentHash)
        content.terms = memo.terms
        return content
    }
}

/// One passage's tokens and what its sentences hold, made on every core.
private struct TokenizedPassage: Sendable {
    var heading: [Token]
    /// The sentences' tokens, one sentence after another.
    var tokens: [Token] = []
    /// Where each sentence's tokens end in `tokens`.
    var sentenceEnds: [Int] = []
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
        sentenceWords = passage.sentenceWords.count == passage.sentences.count
            ? passage.sentenceWords.map { Int32($0) }
            : passage.sentences.map { Int32(PassageBuilder.wordCount(text[$0])) }
    }

    /// Adds the tokens to `surface`'s last block, in order, and says where they are in it.
    func add(to surface: inout SurfaceTokens) -> PassageShape {
        let start = surface.blocks[surface.blocks.count - 1].ids.count
        for token in heading { surface.append(token, inSentence: false) }
        for token in tokens { surface.append(token, inSentence: true) }
        let headingEnd = start + heading.count
        return PassageShape(
            tokenStart: start, headingEnd: headingEnd, sentenceEnds: sentenceEnds.map { headingEnd + $0 },
            sentenceTypes: sentenceTypes, sentenceWords: sentenceWords)
    }
}

/// Where one passage's tokens are in its block of `SurfaceTokens`, and its sentences' answer types and word counts.
private struct PassageShape {
    var tokenStart: Int
    var headingEnd: Int
    var sentenceEnds: [Int]
    var sentenceTypes: [UInt8]
    var sentenceWords: [Int32]

    /// The passage's terms: the heading's first (at negative positions), then
    /// each sentence's, its positions after the previous sentence's last term
    /// and a gap, so that proximity never spans two sentences.
    func analysed(
        _ passage: Passage, tokens: SurfaceTokens.Block, memo: inout TermMemo, surface: SurfaceTokens
    ) -> IndexContent.AnalysedPassage {
        var ids: [UInt32] = []
        var positions: [Int32] = []
        let count = (sentenceEnds.last ?? headingEnd) - tokenStart
        ids.reserveCapacity(count)
        positions.reserveCapacity(count)
        for token in tokenStart..<headingEnd {
            for id in memo.ids(ofSurface: Int(tokens.ids[token]), in: surface) {
                ids.append(id)
                positions.append(-1 - tokens.position(token))
            }
        }
        var sentenceStarts: [Int32] = []
        sentenceStarts.reserveCapacity(sentenceEnds.count)
        var offset: Int32 = 0
        var tokenStart = headingEnd
        for sentenceEnd in sentenceEnds {
            sentenceStarts.append(Int32(ids.count))
            var lastPosition: Int32 = 0
            for token in tokenStart..<sentenceEnd {
                let termIDs = memo.ids(ofSurface: Int(tokens.ids[token]), in: surface)
                for id in termIDs {
                    ids.append(id)
                    positions.append(tokens.position(token) + offset)
                }
                if !termIDs.isEmpty { lastPosition = tokens.position(token) }
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
