import Foundation

/// What one index build did, for `vraagbaak index` and the logs.
public struct IndexBuildReport: Sendable {
    public var documents: Int
    public var passages: Int
    public var sentences: Int
    public var droppedChromeLines: Int
    public var duplicateBlocks: Int
    public var problems: [KnowledgeProblem]
    public var seconds: Double
    public var indexPath: String
}

/// How far a build is: analysing passages, then writing them. Each stage
/// counts passages from 0 to `total`.
public struct IndexBuildProgress: Sendable, Hashable {
    public enum Stage: String, Sendable, Hashable {
        case analysing, writing
    }

    public var stage: Stage
    public var done: Int
    public var total: Int

    public init(stage: Stage, done: Int, total: Int) {
        self.stage = stage
        self.done = done
        self.total = total
    }
}

/// Turns a knowledge folder into an index: load, clean, cut into passages,
/// analyse, write.
///
/// Analysis runs in two passes: the first collects the surface vocabulary of
/// all documents, the second analyses with compound splitting that consults
/// it, so "schuldhulpverlening" is split only into words the articles use.
public struct IndexBuilder: Sendable {
    public var options: AnalysisOptions
    public var passageBuilder = PassageBuilder()
    /// Called now and then during a build with the passages done so far, for
    /// a progress bar. The default is none.
    public var progress: (@Sendable (IndexBuildProgress) -> Void)?

    public init(options: AnalysisOptions = AnalysisOptions()) {
        self.options = options
    }

    /// Builds the index; `contentHash` and `fileStamp` are the folder's
    /// fingerprint and stamp when the caller has already computed them (so
    /// the folder is not read twice). The stamp is taken before the folder
    /// is read, so a file changed during the build makes the next opening
    /// compare contents.
    public func build(
        knowledge folder: URL, index path: String, contentHash: String? = nil, fileStamp: String? = nil
    ) throws -> IndexBuildReport {
        try buildAndOpen(knowledge: folder, index: path, contentHash: contentHash, fileStamp: fileStamp).report
    }

    /// Builds the index and opens it for reading. The store is the file this
    /// build wrote, even when another process renames its own build (of the
    /// folder as it was earlier or later) over the path right afterwards.
    public func buildAndOpen(
        knowledge folder: URL, index path: String, contentHash: String? = nil, fileStamp: String? = nil
    ) throws -> (report: IndexBuildReport, store: IndexStore) {
        let built = try buildAndWrite(knowledge: folder, index: path, contentHash: contentHash, fileStamp: fileStamp)
        // Everything the build held is free now; hand it back to the system
        // before the caller loads the index (the passages it loads then would
        // otherwise come on top of the build's heap, as in `bench` or a first `ask`).
        ReleasedMemory.returnToSystem()
        return built
    }

    private func buildAndWrite(
        knowledge folder: URL, index path: String, contentHash: String?, fileStamp: String?
    ) throws -> (report: IndexBuildReport, store: IndexStore) {
        let started = Date()
        let stamp = try fileStamp ?? KnowledgeFingerprint.stamp(of: folder, analysis: options)
        let hash = try contentHash ?? KnowledgeFingerprint.of(folder: folder, analysis: options)
        let loaded = try KnowledgeLoader(folder: folder).load()
        let cleaning = DocumentCleaner(patterns: loaded.chromePatterns).clean(loaded.documents)
        var content = analyse(cleaning.documents, contentHash: hash)
        content.fileStamp = stamp
        let store = try IndexStore.write(content, to: path) { written in
            progress?(IndexBuildProgress(stage: .writing, done: written, total: content.passages.count))
        }
        let report = IndexBuildReport(
            documents: content.documents.count,
            passages: content.passages.count,
            sentences: content.passages.reduce(0) { $0 + $1.passage.sentences.count },
            droppedChromeLines: cleaning.droppedChromeLines,
            duplicateBlocks: cleaning.duplicateBlocks,
            problems: loaded.problems,
            seconds: Date().timeIntervalSince(started),
            indexPath: path
        )
        return (report, store)
    }

    /// Cuts cleaned documents into passages and analyses them.
    public func analyse(_ documents: [CleanedDocument], contentHash: String) -> IndexContent {
        // Cutting and analysing run on every core: both are pure, per
        // document and per passage, and the results keep their order.
        let passageBuilder = passageBuilder
        let passages = ParallelMap.map(documents.count) { passageBuilder.passages(of: documents[$0]) }.flatMap { $0 }
        let texts = Dictionary(documents.map { ($0.document.id, $0.document.text) }, uniquingKeysWith: { first, _ in first })
        // The surface vocabulary, counted per block of passages (a few dozen
        // dictionaries, not a word list per passage: that would double the
        // memory of a large build) and merged.
        let blockSize = max(256, passages.count / 64)
        let blocks = (passages.count + blockSize - 1) / blockSize
        let blockWords = ParallelMap.map(blocks, chunk: 1) { block in
            var counts = WordCounts()
            for passage in passages[(block * blockSize)..<min(passages.count, (block + 1) * blockSize)] {
                let text = texts[passage.documentID]!
                for sentence in passage.sentences {
                    for token in Analyzer.surfaceWords.analyze(text, range: sentence) where token.kind == .word {
                        counts.add(token.text)
                    }
                }
            }
            return counts
        }
        var words = WordCounts()
        for counts in blockWords {
            for (word, count) in counts.counts { words.add(word, count: count) }
        }
        let analyzer = Analyzer.dutch(vocabulary: words, options: options)
        // Passages are analysed on every core a block at a time; each block's
        // terms then become ids, so only one block's term strings are held.
        var termIDs: [String: UInt32] = [:]
        var terms: [String] = []
        var analysed: [IndexContent.AnalysedPassage] = []
        analysed.reserveCapacity(passages.count)
        let block = 1024
        for start in stride(from: 0, to: passages.count, by: block) {
            progress?(IndexBuildProgress(stage: .analysing, done: start, total: passages.count))
            let tokens = ParallelMap.map(min(block, passages.count - start)) { offset in
                Self.analyse(passages[start + offset], text: texts[passages[start + offset].documentID]!, analyzer: analyzer)
            }
            for (offset, passageAnalysis) in tokens.enumerated() {
                let passage = passages[start + offset]
                let passageTerms = passageAnalysis.terms
                var ids: [UInt32] = []
                ids.reserveCapacity(passageTerms.count)
                for term in passageTerms {
                    if let known = termIDs[term] {
                        ids.append(known)
                    } else {
                        let id = UInt32(terms.count)
                        termIDs[term] = id
                        terms.append(term)
                        ids.append(id)
                    }
                }
                var result = IndexContent.AnalysedPassage(
                    passage: passage, termIDs: ids, positions: passageAnalysis.positions,
                    sentenceStarts: passageAnalysis.sentenceStarts)
                result.sentenceTypes = passageAnalysis.sentenceTypes
                result.sentenceWords = passageAnalysis.sentenceWords
                analysed.append(result)
            }
        }
        var content = IndexContent(
            documents: documents.map(\.document), passages: analysed, words: words, contentHash: contentHash)
        content.terms = terms
        return content
    }

    /// What the analysis of one passage gives; pure, so it runs on every core.
    private struct PassageAnalysis: Sendable {
        /// The terms, heading first (at negative positions), and their positions.
        var terms: [String]
        var positions: [Int32]
        /// Where each sentence's terms start.
        var sentenceStarts: [Int32]
        /// Each sentence's answer types (`AnswerTypeDetector.types(of:)`) and word count.
        var sentenceTypes: [UInt8]
        var sentenceWords: [Int32]
    }

    private static func analyse(_ passage: Passage, text: String, analyzer: Analyzer) -> PassageAnalysis {
        var tokens: [Token] = []
        if let heading = passage.heading {
            tokens += analyzer.analyze(heading).map { token in
                var token = token
                token.position = -1 - token.position
                return token
            }
        }
        var offset = 0
        var sentenceStarts: [Int32] = []
        for sentence in passage.sentences {
            sentenceStarts.append(Int32(tokens.count))
            let sentenceTokens = analyzer.analyze(text, range: sentence)
            tokens += sentenceTokens.map { token in
                var token = token
                token.position += offset
                return token
            }
            offset += (sentenceTokens.last?.position ?? 0) + 2
        }
        return PassageAnalysis(
            terms: tokens.map(\.text), positions: tokens.map { Int32($0.position) }, sentenceStarts: sentenceStarts,
            sentenceTypes: passage.sentences.map { AnswerTypeDetector.types(of: text[$0]) },
            sentenceWords: passage.sentences.map { Int32(PassageBuilder.wordCount(text[$0])) })
    }
}
