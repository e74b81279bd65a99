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
        // One listing of the folder, and one look at each file's attributes, for both.
        let files = fileStamp == nil || contentHash == nil ? try KnowledgeFingerprint.files(in: folder) : []
        let attributes = KnowledgeFingerprint.attributes(of: files)
        let stamp = fileStamp ?? KnowledgeFingerprint.stamp(files: files, attributes: attributes, analysis: options)
        let hash = contentHash ?? KnowledgeFingerprint.of(files: files, attributes: attributes, analysis: options)
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
}
