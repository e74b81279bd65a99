import Foundation
import Logging

/// Where the knowledge lives and where its index goes.
public struct KnowledgeConfiguration: Sendable {
    /// The folder of articles. The front end's default is the bundled `knowledge/`.
    public var folder: URL
    /// The index file; see `IndexLocation.defaultPath(for:)` for the default.
    public var indexPath: String
    public var retrieval = RetrievalOptions()

    public init(folder: URL, indexPath: String? = nil) {
        self.folder = folder
        self.indexPath = indexPath ?? IndexLocation.defaultPath(for: folder)
    }
}

/// An opened knowledge base: the index, its vocabulary and thesaurus, and
/// the retrieval that ranks passages for a question.
///
/// Opening checks that the index matches the folder (the sizes and times of
/// its files, and when those changed a hash of every file) and rebuilds it
/// first when it does not, or when the file is missing, not ours, of an
/// older schema or damaged.
public struct KnowledgeBase: Sendable {
    public let configuration: KnowledgeConfiguration
    public let store: IndexStore
    public let summary: IndexSummary
    public let vocabulary: WordCounts
    public let queryAnalyzer: QueryAnalyzer
    /// The report of the build this opening did, if it had to build.
    public let buildReport: IndexBuildReport?
    /// The analysed passages, in memory; see `PassageTable`.
    public let passages: PassageTable
    let postings: PostingsIndex
    private let documentsByID: [String: SourceDocument]
    /// The term ids of each title, by document index of `passages`; title
    /// words no passage holds get ids after the passages' vocabulary.
    private let titleTermIDs: [[UInt32]]
    private let titleOnlyTermIDs: [String: UInt32]

    public static func open(_ configuration: KnowledgeConfiguration, logger: Logger = Logger(label: "vraagbaak")) throws -> KnowledgeBase {
        try open(configuration, logger: logger, contentHash: nil)
    }

    /// Opens with the folder's content hash when the caller has just computed
    /// it (a `reload` that found the folder changed), so it is not hashed twice.
    static func open(_ configuration: KnowledgeConfiguration, logger: Logger, contentHash: String?) throws -> KnowledgeBase {
        let folder = configuration.folder
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw KnowledgeError.folderNotFound(path: folder.path)
        }
        // Sizes and times first: an unchanged folder is not read. Only when
        // they differ are the files' bytes hashed and compared.
        let analysis = configuration.retrieval.analysis
        let stamp = try KnowledgeFingerprint.stamp(of: folder, analysis: analysis)
        var hash = contentHash
        var report: IndexBuildReport?
        var store: IndexStore?
        if FileManager.default.fileExists(atPath: configuration.indexPath) {
            do {
                let existing = try IndexStore(openingReadOnly: configuration.indexPath)
                let summary = try existing.summary()
                if !summary.fileStamp.isEmpty, summary.fileStamp == stamp {
                    store = existing
                } else {
                    hash = try hash ?? KnowledgeFingerprint.of(folder: folder, analysis: analysis)
                    if let hash, summary.contentHash == hash {
                        store = existing
                        // Touched but unchanged: the next opening can compare stamps again.
                        if !IndexStore.refreshFileStamp(at: configuration.indexPath, to: stamp, contentHash: hash) {
                            logger.debug("Could not record the new file stamp in the index.", metadata: ["index": "\(configuration.indexPath)"])
                        }
                    } else {
                        logger.notice("The knowledge folder changed; rebuilding the index.", metadata: ["index": "\(configuration.indexPath)"])
                    }
                }
            } catch let error as IndexError where error.callsForRebuild {
                logger.warning("\(error.localizedDescription) Rebuilding it.")
            }
        }
        if store == nil {
            // The store this build wrote, not whatever is at the path by now: another process may be building too.
            let built = try IndexBuilder(options: analysis)
                .buildAndOpen(
                    knowledge: folder, index: configuration.indexPath,
                    contentHash: hash ?? KnowledgeFingerprint.of(folder: folder, analysis: analysis), fileStamp: stamp)
            for problem in built.report.problems {
                logger.warning("Skipped \(problem.description)")
            }
            report = built.report
            store = built.store
        }
        return try KnowledgeBase(configuration: configuration, store: store!, buildReport: report)
    }

    private init(configuration: KnowledgeConfiguration, store: IndexStore, buildReport: IndexBuildReport?) throws {
        self.configuration = configuration
        self.store = store
        self.buildReport = buildReport
        summary = try store.summary()
        vocabulary = try store.wordCounts()
        let analyzer = Analyzer.dutch(vocabulary: vocabulary, options: configuration.retrieval.analysis)
        let thesaurus = try Thesaurus.load(from: configuration.folder, analyzer: analyzer)
        queryAnalyzer = QueryAnalyzer(
            analyzer: analyzer, vocabulary: vocabulary, thesaurus: thesaurus, options: configuration.retrieval.query)
        let documents = try store.documents()
        documentsByID = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let titleTerms = documentsByID.mapValues { Set(analyzer.analyze($0.title).map(\.text)) }
        let passages = try store.passageTable()
        self.passages = passages
        postings = PostingsIndex(passages)
        var titleOnly: [String: UInt32] = [:]
        titleTermIDs = passages.documentIDs.map { id in
            (titleTerms[id] ?? []).map { term in
                if let known = passages.termIDs[term] ?? titleOnly[term] { return known }
                let added = UInt32(passages.terms.count + titleOnly.count)
                titleOnly[term] = added
                return added
            }
        }
        titleOnlyTermIDs = titleOnly
    }

    /// The id of an analysed term in the passages' vocabulary or among the
    /// title words; nil when neither holds it.
    func termID(_ term: String) -> UInt32? {
        passages.termIDs[term] ?? titleOnlyTermIDs[term]
    }

    /// The term ids of a document's title (see `termID(_:)`).
    func titleTermIDs(of documentID: String) -> [UInt32] {
        passages.documentIndex[documentID].map { titleTermIDs[Int($0)] } ?? []
    }

    public func document(id: String) -> SourceDocument? {
        documentsByID[id]
    }

    /// Every document, by id, with how many passages it has (0 for a page
    /// that gave none), counted from the passages in memory.
    public func documentsWithPassageCounts() -> [(document: SourceDocument, passages: Int)] {
        var counts = [Int](repeating: 0, count: passages.documentIDs.count)
        for document in passages.passageDocuments { counts[Int(document)] += 1 }
        return documentsByID.values.sorted { $0.id < $1.id }.map { document in
            (document, passages.documentIndex[document.id].map { counts[Int($0)] } ?? 0)
        }
    }

    public func analyze(_ question: String) -> AnalyzedQuery {
        var query = queryAnalyzer.analyze(question)
        if configuration.retrieval.query.documentReferences {
            query.namedDocument = DocumentReference.mark(
                &query, documents: passages.documentIDs, titleTerms: { titleTermIDs[$0] }, termID: termID)
        }
        if configuration.retrieval.query.strongVerbWeight > 0 {
            let analyzer = queryAnalyzer.analyzer
            StrongVerbReading.add(
                to: &query, weight: configuration.retrieval.query.strongVerbWeight,
                analyze: { analyzer.analyze($0).first(where: { !$0.isDerived })?.text }, isKnown: { termID($0) != nil })
        }
        return query
    }

    /// The best passages for a question, best first.
    public func retrieve(_ query: AnalyzedQuery, limit: Int = 10) throws -> RetrievalResult {
        let options = configuration.retrieval
        let terms = query.allTerms
        var frequencies: [String: Int] = [:]
        for term in terms {
            if let id = passages.termIDs[term] { frequencies[term] = postings.documentFrequency(id) }
        }
        let known = terms.filter { frequencies[$0] != nil }
            .sorted { frequencies[$0]! < frequencies[$1]! }
            .prefix(options.candidateTerms)
        let candidates = postings.candidates(for: known.map { passages.termIDs[$0]! }, limit: options.candidateLimit)
        let scorer = PassageScorer(
            query: query, documentFrequencies: frequencies, passageCount: summary.passageCount,
            averageLength: summary.averagePassageLength, options: options)
        var scored = scorer.score(candidates, in: passages, titleTerms: { titleTermIDs[Int($0)] }, termID: termID)
        if options.reranking, let definition = DefinitionOpening(query: query, analyzer: queryAnalyzer.analyzer) {
            // Only sentences whose first term is a word of the subject are read as text.
            let subjectIDs = Set(definition.subject.flatMap { $0 }.compactMap { passages.termIDs[$0] })
            definition.boost(&scored, by: options.definitionOpeningBoost) { index in
                let opening = passages.sentenceRange(index).filter { sentence in
                    let tokens = passages.sentenceTokens(sentence, of: index)
                    return !tokens.isEmpty && subjectIDs.contains(passages.tokens[tokens.lowerBound])
                }
                guard !opening.isEmpty, let text = documentsByID[passages.documentID(of: index)]?.text else { return [] }
                return opening.map { text.utf8Slice(Int(passages.sentenceLowerBounds[$0])..<Int(passages.sentenceUpperBounds[$0])) }
            }
        }
        var context: [Int32: Double] = [:]
        for (id, factor) in query.contextDocuments {
            if let index = passages.documentIndex[id] { context[index] = factor }
        }
        let ordered = DocumentRanking.order(
            scored, reranking: options.reranking, secondPassageShare: options.weights.secondPassageShare, context: context, score: \.score,
            document: { passages.passageDocuments[$0.index] })
        return RetrievalResult(
            query: query,
            passages: ordered.prefix(limit).map { scored in
                RankedPassage(
                    passage: passages.passage(at: scored.index), score: scored.score, bm25: scored.bm25,
                    coverage: scored.coverage, proximity: scored.proximity, titleMatch: scored.titleMatch,
                    openingCoverage: scored.openingCoverage, factor: scored.factor)
            },
            conceptWeights: scorer.conceptWeights)
    }
}
