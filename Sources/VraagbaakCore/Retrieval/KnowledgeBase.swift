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
/// Opening checks that the index matches the folder (a hash of every file)
/// and rebuilds it first when it does not, or when the file is missing, not
/// ours, of an older schema or damaged.
public struct KnowledgeBase: Sendable {
    public let configuration: KnowledgeConfiguration
    public let store: IndexStore
    public let summary: IndexSummary
    public let vocabulary: WordCounts
    public let queryAnalyzer: QueryAnalyzer
    /// The report of the build this opening did, if it had to build.
    public let buildReport: IndexBuildReport?
    private let documentsByID: [String: SourceDocument]
    private let titleTerms: [String: Set<String>]

    public static func open(_ configuration: KnowledgeConfiguration, logger: Logger = Logger(label: "vraagbaak")) throws -> KnowledgeBase {
        let folder = configuration.folder
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw KnowledgeError.folderNotFound(path: folder.path)
        }
        let hash = try KnowledgeFingerprint.of(folder: folder, analysis: configuration.retrieval.analysis)
        var report: IndexBuildReport?
        var store: IndexStore?
        if FileManager.default.fileExists(atPath: configuration.indexPath) {
            do {
                let existing = try IndexStore(openingReadOnly: configuration.indexPath)
                if try existing.summary().contentHash == hash {
                    store = existing
                } else {
                    logger.notice("The knowledge folder changed; rebuilding the index.", metadata: ["index": "\(configuration.indexPath)"])
                }
            } catch let error as IndexError where error.callsForRebuild {
                logger.warning("\(error.localizedDescription) Rebuilding it.")
            }
        }
        if store == nil {
            // The store this build wrote, not whatever is at the path by now: another process may be building too.
            let built = try IndexBuilder(options: configuration.retrieval.analysis)
                .buildAndOpen(knowledge: folder, index: configuration.indexPath, contentHash: hash)
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
        titleTerms = documentsByID.mapValues { Set(analyzer.analyze($0.title).map(\.text)) }
    }

    public func document(id: String) -> SourceDocument? {
        documentsByID[id]
    }

    /// The analysed terms of a document's title, computed once when the knowledge base opens.
    public func titleTerms(of documentID: String) -> Set<String> {
        titleTerms[documentID] ?? []
    }

    public func analyze(_ question: String) -> AnalyzedQuery {
        queryAnalyzer.analyze(question)
    }

    /// The best passages for a question, best first.
    public func retrieve(_ query: AnalyzedQuery, limit: Int = 10) throws -> RetrievalResult {
        let options = configuration.retrieval
        let terms = query.allTerms
        let frequencies = try store.documentFrequencies(of: terms)
        let known = terms.filter { frequencies[$0] != nil }
            .sorted { frequencies[$0]! < frequencies[$1]! }
            .prefix(options.candidateTerms)
        let candidates = try store.candidatePassages(matchingAnyOf: Array(known), limit: options.candidateLimit)
        let scorer = PassageScorer(
            query: query, documentFrequencies: frequencies, passageCount: summary.passageCount,
            averageLength: summary.averagePassageLength, options: options)
        let ranked = try store.passages(ids: candidates).map { passage in
            scorer.score(passage, titleTerms: titleTerms(of: passage.documentID))
        }
        return RetrievalResult(
            query: query,
            passages: Array(DocumentRanking.order(ranked, reranking: options.reranking, context: query.contextDocuments).prefix(limit)),
            conceptWeights: scorer.conceptWeights)
    }
}
