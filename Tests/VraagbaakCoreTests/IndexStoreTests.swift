import Foundation
import Testing
@testable import VraagbaakCore

@Suite struct IndexStoreTests {
    /// The index term the analysis makes of a single word.
    private func term(_ word: String) throws -> String {
        try #require(Analyzer.dutch(vocabulary: WordCounts()).analyze(word).first?.text)
    }

    // MARK: - Building and reading

    @Test func summaryCountsWhatWasBuilt() throws {
        let fixture = try IndexFixture()
        let report = try fixture.build()
        let store = try fixture.open()
        let summary = try store.summary()
        let passages = try store.allPassages()

        #expect(report.documents == 3)
        #expect(report.problems.isEmpty)
        #expect(report.indexPath == fixture.indexPath)
        #expect(summary.documentCount == 3)
        #expect(summary.schemaVersion == IndexStore.schemaVersion)
        #expect(summary.contentHash == (try KnowledgeFingerprint.of(folder: fixture.knowledge)))
        #expect(summary.passageCount == passages.count)
        #expect(report.passages == passages.count)
        #expect(passages.count >= 3)
        #expect(summary.sentenceCount == Self.sentences(in: passages))
        #expect(summary.sentenceCount == IndexFixture.sentenceCount)
        #expect(report.sentences == IndexFixture.sentenceCount)
        #expect(summary.averagePassageLength > 0)
        #expect(Set(passages.map(\.documentID)) == ["schuldhulp", "bijstand", "jongerenwerk"])
    }

    @Test func documentsKeepTheirFrontMatterAndText() throws {
        let fixture = try IndexFixture()
        try fixture.build()
        let store = try fixture.open()
        let document = try #require(try store.document(id: "schuldhulp"))
        #expect(document.title == "Snelle hulp bij schulden")
        #expect(document.publisher == "Gemeente Voorbeeld")
        #expect(document.url == "https://example.org/schuldhulp")
        #expect(try store.document(id: "bijstand")?.url == nil)
        #expect(try store.document(id: "bestaat-niet") == nil)
        #expect(try store.documents().map(\.path).sorted() == ["bijstand.md", "jongeren/jongerenwerk.md", "schuldhulp.md"])
    }

    @Test func storedSentencesAreRangesOfTheDocumentText() throws {
        let fixture = try IndexFixture()
        try fixture.build()
        let store = try fixture.open()
        var quoted: [String] = []
        for passage in try store.allPassages() {
            let document = try #require(try store.document(id: passage.documentID))
            quoted += passage.sentences.map { String(document.text.utf8Slice($0)) }
        }
        #expect(quoted.contains("Zij hebben weinig kans op betaald werk."))
        #expect(quoted.contains("Ongeveer 140.000 mensen zitten al meer dan vijf jaar in de bijstand."))
        let allText = IndexFixture.articles.map(\.text).joined(separator: "\n")
        for sentence in quoted { #expect(allText.contains(sentence)) }
    }

    @Test func documentFrequenciesCountPassagesPerTerm() throws {
        let fixture = try IndexFixture()
        try fixture.build()
        let store = try fixture.open()
        let passages = try store.allPassages()
        let bijstand = try term("bijstand")
        let holders = passages.filter { $0.terms.contains(bijstand) }
        #expect(Set(holders.map(\.documentID)) == ["schuldhulp", "bijstand"])

        let frequencies = try store.documentFrequencies(of: [bijstand, bijstand, "fietsenstalling"])
        #expect(frequencies == [bijstand: holders.count])
        #expect(try store.documentFrequencies(of: [String]()).isEmpty)

        let allTerms = Set(passages.flatMap(\.terms))
        let stored = try store.documentFrequencies(of: allTerms)
        #expect(stored.count == allTerms.count)
        for term in allTerms {
            #expect(stored[term] == passages.filter { $0.terms.contains(term) }.count, "df of \(term)")
        }
    }

    @Test func compoundsAreIndexedWithTheirParts() throws {
        let fixture = try IndexFixture()
        try fixture.build()
        let store = try fixture.open()
        // "jongerenwerk" splits because the articles also use "jongeren" and "werk".
        let passage = try #require(try store.allPassages().first { $0.documentID == "jongerenwerk" })
        let index = try #require(passage.terms.firstIndex(of: try term("jongerenwerk")))
        #expect(Array(passage.terms[(index + 1)...].prefix(2)) == [try term("jongeren"), try term("werk")])
        #expect(passage.positions[index + 1] == passage.positions[index])
        #expect(passage.positions[index + 2] == passage.positions[index])
    }

    @Test func theVocabularyHoldsSurfaceWords() throws {
        let fixture = try IndexFixture()
        try fixture.build()
        let words = try fixture.open().wordCounts()
        #expect(words.count(of: "schulden") == 2)
        #expect(words.count(of: "bijstand") == 2)
        #expect(!words.contains("de"), "stop words are not vocabulary")
        #expect(!words.contains("140000"), "numbers are not vocabulary")
    }

    // MARK: - Candidate passages

    @Test(arguments: [
        "\"", "\"\"", "*", "xyz*", "NEAR(", "NEAR(bijstand schulden)", "OR", "AND", "NOT", "bijstand OR schulden",
        "'; DROP TABLE passages; --", "terms:bijstand", "^xyz", "-", "(", ")", "{terms}", "a\"b", "\\", "a\u{0}b", "",
    ])
    func oddTermsNeverThrowAndMatchNothing(term: String) throws {
        let fixture = try IndexFixture()
        let knowledge = try KnowledgeBase.open(fixture.configuration)
        #expect(try knowledge.store.documentFrequencies(of: [term]).isEmpty)
        #expect(knowledge.passages.termIDs[term] == nil)
        let bijstand = try self.term("bijstand")
        #expect(try knowledge.retrieve(knowledge.analyze("bijstand \(term)")).passages.contains { $0.passage.terms.contains(bijstand) })
        #expect(try knowledge.store.allPassages().count == knowledge.summary.passageCount)
    }

    @Test func noTermsGiveNoCandidates() throws {
        let fixture = try IndexFixture()
        let knowledge = try KnowledgeBase.open(fixture.configuration)
        #expect(knowledge.postings.candidates(for: [], limit: 10) == [])
        #expect(knowledge.postings.candidates(for: [0], limit: 0) == [])
        #expect(try knowledge.retrieve(knowledge.analyze("fietsenstalling")).passages.isEmpty)
    }

    @Test func candidatesAreThePassagesHoldingATermUpToTheLimit() throws {
        let fixture = try IndexFixture()
        let knowledge = try KnowledgeBase.open(fixture.configuration)
        let passages = try knowledge.store.allPassages()
        let terms = [try term("bijstand"), try term("jongeren")]
        let expected = passages.filter { !Set($0.terms).isDisjoint(with: terms) }.map(\.id)
        let ids = try terms.map { try #require(knowledge.passages.termIDs[$0]) }
        let candidates = knowledge.postings.candidates(for: ids, limit: 50).map { Int64($0 + 1) }
        #expect(candidates.sorted() == expected.sorted())
        #expect(expected.count >= 3)
        #expect(knowledge.postings.candidates(for: ids, limit: 1).count == 1)
        #expect(try knowledge.store.passages(ids: candidates).map(\.id) == candidates, "passages come back in the order asked")
    }

    // MARK: - Files that are not our index

    enum Impostor: String, CaseIterable, CustomStringConvertible {
        case text, empty, otherProgram, plainSQLite, truncatedIndex
        var description: String { rawValue }
    }

    private func writeImpostor(_ kind: Impostor, at path: String, fixture: IndexFixture) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        switch kind {
        case .text:
            try Data(String(repeating: "Dit is geen database maar een tekstbestand.\n", count: 200).utf8).write(to: url)
        case .empty:
            try Data().write(to: url)
        case .otherProgram:
            try Self.emptySQLiteDatabase(applicationID: 0x4D50_4B47).write(to: url)
        case .plainSQLite:
            try Self.emptySQLiteDatabase(applicationID: 0).write(to: url)
        case .truncatedIndex:
            try fixture.build()
            let whole = try Data(contentsOf: url)
            try whole.prefix(whole.count / 2).write(to: url)
        }
    }

    @Test(arguments: Impostor.allCases)
    func aFileThatIsNotOurIndexIsRefused(kind: Impostor) throws {
        let fixture = try IndexFixture()
        try writeImpostor(kind, at: fixture.indexPath, fixture: fixture)
        let error = try #require(throws: IndexError.self) { try fixture.open() }
        #expect(error.callsForRebuild)
        #expect(error.errorDescription?.contains(fixture.indexPath) == true)
        switch (kind, error) {
        case (.truncatedIndex, .corrupt), (.truncatedIndex, .notAnIndex): break
        case (_, .notAnIndex(let path)): #expect(path == fixture.indexPath)
        default: Issue.record("\(kind) gave \(error)")
        }
    }

    @Test(arguments: Impostor.allCases)
    func openingTheKnowledgeBaseRebuildsOverAFileThatIsNotOurIndex(kind: Impostor) throws {
        let fixture = try IndexFixture()
        try writeImpostor(kind, at: fixture.indexPath, fixture: fixture)
        let knowledge = try KnowledgeBase.open(fixture.configuration)
        #expect(knowledge.buildReport != nil)
        #expect(knowledge.summary.documentCount == 3)
        _ = try fixture.open()
    }

    /// A valid, empty SQLite database of one 4096-byte page, as another
    /// program would leave it, with the given `PRAGMA application_id`.
    static func emptySQLiteDatabase(applicationID: UInt32) -> Data {
        var page = [UInt8](repeating: 0, count: 4096)
        func put(_ value: UInt32, at offset: Int) {
            for byte in 0..<4 { page[offset + byte] = UInt8(truncatingIfNeeded: value >> (24 - 8 * UInt32(byte))) }
        }
        page.replaceSubrange(0..<16, with: Array("SQLite format 3\0".utf8))
        page[16] = 0x10  // page size 4096, big-endian
        page[17] = 0x00
        page[18] = 1  // legacy write and read versions
        page[19] = 1
        page[21] = 64  // payload fractions, fixed by the format
        page[22] = 32
        page[23] = 32
        put(1, at: 24)  // file change counter
        put(1, at: 28)  // database size in pages
        put(4, at: 44)  // schema format
        put(1, at: 56)  // text encoding: UTF-8
        put(applicationID, at: 68)
        put(1, at: 92)  // version-valid-for, equal to the change counter
        put(3_045_000, at: 96)
        page[100] = 0x0D  // an empty leaf table b-tree: sqlite_schema
        page[105] = 0x10  // cell content starts at 4096
        return Data(page)
    }

    // MARK: - Knowing when to rebuild

    @Test func theFingerprintFollowsTheFiles() throws {
        let fixture = try IndexFixture()
        let original = try KnowledgeFingerprint.of(folder: fixture.knowledge)
        #expect(try KnowledgeFingerprint.of(folder: fixture.knowledge) == original)

        try fixture.write(".notities", "Verborgen bestanden tellen niet mee.")
        #expect(try KnowledgeFingerprint.of(folder: fixture.knowledge) == original)

        try fixture.write("bijstand.md", IndexFixture.articles[1].text + "\nEen extra zin over de fietsenstalling.")
        let edited = try KnowledgeFingerprint.of(folder: fixture.knowledge)
        #expect(edited != original)

        try fixture.write("nieuw.md", "---\nid: nieuw\n---\nEen nieuw artikel.")
        #expect(try KnowledgeFingerprint.of(folder: fixture.knowledge) != edited)
    }

    @Test func theFingerprintSeesARenameAndTheAnalysisOptions() throws {
        let fixture = try IndexFixture()
        let original = try KnowledgeFingerprint.of(folder: fixture.knowledge)
        #expect(try KnowledgeFingerprint.of(folder: fixture.knowledge, analysis: AnalysisOptions(stemming: false)) != original)
        #expect(try KnowledgeFingerprint.of(folder: fixture.knowledge, analysis: AnalysisOptions(compoundSplitting: false)) != original)
        try FileManager.default.moveItem(
            at: fixture.knowledge.appendingPathComponent("bijstand.md"),
            to: fixture.knowledge.appendingPathComponent("bijstand-2.md"))
        #expect(try KnowledgeFingerprint.of(folder: fixture.knowledge) != original)
    }

    @Test func openingRebuildsOnlyWhenTheKnowledgeChanged() throws {
        let fixture = try IndexFixture()
        let first = try KnowledgeBase.open(fixture.configuration)
        #expect(first.buildReport != nil, "no index yet")

        let second = try KnowledgeBase.open(fixture.configuration)
        #expect(second.buildReport == nil, "nothing changed")
        #expect(second.summary.contentHash == first.summary.contentHash)

        try fixture.write(
            "bijstand.md",
            IndexFixture.articles[1].text + "\n\nDe gemeente bouwt naast het station een nieuwe fietsenstalling voor bewoners.")
        let third = try KnowledgeBase.open(fixture.configuration)
        #expect(third.buildReport != nil, "a file changed")
        #expect(third.summary.contentHash != first.summary.contentHash)
        let fietsenstalling = try term("fietsenstalling")
        #expect(try third.store.documentFrequencies(of: [fietsenstalling]) == [fietsenstalling: 1])

        #expect(try KnowledgeBase.open(fixture.configuration).buildReport == nil)
    }

    @Test func openingWithOtherAnalysisOptionsRebuilds() throws {
        let fixture = try IndexFixture()
        _ = try KnowledgeBase.open(fixture.configuration)
        var configuration = fixture.configuration
        configuration.retrieval.analysis.stemming = false
        #expect(try KnowledgeBase.open(configuration).buildReport != nil)
    }

    @Test func aMissingKnowledgeFolderIsAnError() throws {
        let fixture = try IndexFixture()
        let configuration = KnowledgeConfiguration(
            folder: fixture.knowledge.appendingPathComponent("bestaat-niet"), indexPath: fixture.indexPath)
        #expect(throws: KnowledgeError.self) { try KnowledgeBase.open(configuration) }
        #expect(!FileManager.default.fileExists(atPath: fixture.indexPath))
    }

    // MARK: - Where the index goes

    @Test func theDefaultIndexPathIsInTheCacheAndNotInTheKnowledgeFolder() throws {
        let fixture = try IndexFixture()
        let cache = "/tmp/vraagbaak-cache-test"
        let path = IndexLocation.defaultPath(for: fixture.knowledge, environment: ["XDG_CACHE_HOME": cache])
        #expect(path.hasPrefix(cache + "/vraagbaak/kennis-"))
        #expect(path.hasSuffix(".sqlite"))
        #expect(!path.hasPrefix(fixture.knowledge.path + "/"))
        #expect(!path.hasPrefix(fixture.knowledge.resolvingSymlinksInPath().path + "/"))
        #expect(KnowledgeConfiguration(folder: fixture.knowledge).indexPath
            == IndexLocation.defaultPath(for: fixture.knowledge))
    }

    @Test func theDefaultIndexPathFallsBackToDotCache() throws {
        let folder = URL(fileURLWithPath: "/srv/gemeente/kennis")
        for environment in [[:], ["XDG_CACHE_HOME": ""]] {
            let path = IndexLocation.defaultPath(for: folder, environment: environment)
            let home = FileManager.default.homeDirectoryForCurrentUser.path
            #expect(path.hasPrefix(home + "/.cache/vraagbaak/kennis-"))
        }
    }

    @Test func foldersWithTheSameNameGetDifferentIndexes() {
        let environment = ["XDG_CACHE_HOME": "/tmp/cache"]
        let a = IndexLocation.defaultPath(for: URL(fileURLWithPath: "/srv/a/kennis"), environment: environment)
        let b = IndexLocation.defaultPath(for: URL(fileURLWithPath: "/srv/b/kennis"), environment: environment)
        let again = IndexLocation.defaultPath(for: URL(fileURLWithPath: "/srv/a/./kennis/"), environment: environment)
        #expect(a != b)
        #expect(a == again)
    }

    @Test
    func theDefaultIndexPathIsOutsideAKnowledgeFolderInTheCache() {
        let folder = URL(fileURLWithPath: "/tmp/cache/vraagbaak")
        let path = IndexLocation.defaultPath(for: folder, environment: ["XDG_CACHE_HOME": "/tmp/cache"])
        #expect(!path.hasPrefix(folder.path + "/"), "\(path)")
    }

    @Test
    func anIndexInsideTheKnowledgeFolderDoesNotCauseEndlessRebuilds() throws {
        let fixture = try IndexFixture()
        let configuration = KnowledgeConfiguration(
            folder: fixture.knowledge, indexPath: fixture.knowledge.appendingPathComponent("index.sqlite").path)
        _ = try KnowledgeBase.open(configuration)
        #expect(try KnowledgeBase.open(configuration).buildReport == nil)
    }

    private static func sentences(in passages: [StoredPassage]) -> Int {
        passages.reduce(0) { $0 + $1.sentences.count }
    }
}

@Suite struct PackedIntegersTests {
    @Test func integersSurvivePackingIntoABlob() {
        let values: [Int32] = [-1, -2, 0, 5, 17, .max, .min]
        #expect(PackedIntegers.unpack(PackedIntegers.pack(values), as: Int32.self) == values)
        let ids: [UInt32] = [0, 1, 4_000_000_000]
        #expect(PackedIntegers.unpack(PackedIntegers.pack(ids), as: UInt32.self) == ids)
        #expect(PackedIntegers.unpack(nil, as: UInt32.self) == [])
    }
}
