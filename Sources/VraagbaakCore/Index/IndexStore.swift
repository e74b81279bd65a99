import Foundation
import GRDB

/// The one owner of Vraagbaak's SQLite index: schema, writing and every query.
///
/// No other file imports GRDB. Question answering opens the file read-only;
/// building writes a new file beside the old one and renames it into place,
/// so a failed or interrupted build never destroys a working index.
public struct IndexStore: Sendable {
    /// Bumped whenever the schema or the analysis changes what is stored.
    public static let schemaVersion = 5
    static let applicationID: Int32 = 0x5642_4B31  // "VBK1"

    public let path: String
    private let database: DatabaseQueue

    /// Opens an existing index for reading and checks that it is ours, of
    /// this schema version and intact.
    public init(openingReadOnly path: String) throws {
        try self.init(openingReadOnly: path, file: path)
    }

    /// Opens `file` for reading, as the index at `path`: a finished build
    /// still under its temporary name, opened before it is renamed to `path`.
    init(openingReadOnly path: String, file: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "vraagbaak-index"
        do {
            database = try DatabaseQueue(path: file, configuration: configuration)
            try database.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                guard applicationID == Self.applicationID else { throw IndexError.notAnIndex(path: path) }
                let version = try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'") ?? 0
                guard version == Self.schemaVersion else {
                    throw IndexError.schemaMismatch(path: path, found: version, expected: Self.schemaVersion)
                }
                let check = try String.fetchOne(db, sql: "PRAGMA quick_check") ?? "no answer"
                guard check == "ok" else { throw IndexError.corrupt(path: path, detail: check) }
            }
        } catch let error as IndexError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw IndexError.notAnIndex(path: path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            throw IndexError.corrupt(path: path, detail: error.message ?? "\(error)")
        } catch let error as DatabaseError {
            throw IndexError.notAnIndex(path: path + " (\(error.message ?? "\(error)"))")
        }
    }

    // MARK: - Reading

    public func summary() throws -> IndexSummary {
        try read { db in
            let meta = try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM meta").map {
                    ($0["key"] as String, $0["value"] as String)
                })
            return IndexSummary(
                schemaVersion: Int(meta["schema_version"] ?? "") ?? 0,
                contentHash: meta["content_hash"] ?? "",
                builtAt: meta["built_at"] ?? "",
                documentCount: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0,
                passageCount: Int(meta["passage_count"] ?? "") ?? 0,
                sentenceCount: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sentences") ?? 0,
                averagePassageLength: Double(meta["average_passage_length"] ?? "") ?? 1
            )
        }
    }

    /// The surface vocabulary with its counts, for compound splitting and typo correction.
    public func wordCounts() throws -> WordCounts {
        try read { db in
            var counts: [String: Int] = [:]
            let cursor = try Row.fetchCursor(db, sql: "SELECT word, count FROM words")
            while let row = try cursor.next() { counts[row[0]] = row[1] }
            return WordCounts(counts)
        }
    }

    /// How many passages contain each of `terms`; absent terms are left out.
    public func documentFrequencies(of terms: some Collection<String>) throws -> [String: Int] {
        guard !terms.isEmpty else { return [:] }
        return try read { db in
            let statement = try db.cachedStatement(sql: "SELECT df FROM terms WHERE term = ?")
            var result: [String: Int] = [:]
            for term in Set(terms) {
                if let df = try Int.fetchOne(statement, arguments: [term]) { result[term] = df }
            }
            return result
        }
    }

    /// Passage ids matching any of `terms`, best BM25 first. The pattern is
    /// built from analysed terms, each quoted, never from raw user text.
    public func candidatePassages(matchingAnyOf terms: [String], limit: Int) throws -> [Int64] {
        let quoted = terms.map { String($0.unicodeScalars.filter { $0.value >= 0x20 }) }.filter { !$0.isEmpty }.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        guard !quoted.isEmpty else { return [] }
        return try read { db in
            try Int64.fetchAll(
                db,
                sql: "SELECT rowid FROM passage_fts WHERE passage_fts MATCH ? ORDER BY bm25(passage_fts) LIMIT ?",
                arguments: [quoted.joined(separator: " OR "), limit])
        }
    }

    public func passages(ids: [Int64]) throws -> [StoredPassage] {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM passages WHERE id IN (\(placeholders))", arguments: StatementArguments(ids))
            let byID = Dictionary(uniqueKeysWithValues: try rows.map { row in (row["id"] as Int64, try Self.passage(row)) })
            return ids.compactMap { byID[$0] }
        }
    }

    /// Every passage in document order, for `vraagbaak passages`.
    public func allPassages() throws -> [StoredPassage] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT passages.* FROM passages JOIN documents ON documents.id = passages.document_id
                    ORDER BY documents.ordinal, passages.ordinal
                    """
            ).map(Self.passage)
        }
    }

    public func documents() throws -> [SourceDocument] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM documents ORDER BY ordinal").map(Self.document)
        }
    }

    public func document(id: String) throws -> SourceDocument? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM documents WHERE id = ?", arguments: [id]).map(Self.document)
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read(body)
        } catch let error as DatabaseError {
            throw IndexError.database(path: path, detail: error.message ?? "\(error)")
        }
    }

    private static func passage(_ row: Row) throws -> StoredPassage {
        let terms = StoredFields.words(row["terms"])
        let positions = StoredFields.integers(row["positions"]).map { Int32(truncatingIfNeeded: $0) }
        let bounds = StoredFields.integers(row["sentences"], separators: [UInt8(ascii: " "), UInt8(ascii: "-")])
        let sentences = stride(from: 0, to: bounds.count - 1, by: 2).compactMap { index -> Range<Int>? in
            bounds[index] <= bounds[index + 1] ? bounds[index]..<bounds[index + 1] : nil
        }
        return StoredPassage(
            id: row["id"], documentID: row["document_id"], ordinal: row["ordinal"],
            range: (row["start"] as Int)..<(row["end"] as Int), heading: row["heading"],
            terms: terms, positions: positions, sentences: sentences)
    }

    private static func document(_ row: Row) -> SourceDocument {
        SourceDocument(
            id: row["id"], title: row["title"], publisher: row["publisher"], url: row["url"],
            date: row["date"], author: row["author"], path: row["path"], text: row["text"])
    }
}
