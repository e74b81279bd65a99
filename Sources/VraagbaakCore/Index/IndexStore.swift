import Foundation
import GRDB

/// The one owner of Vraagbaak's SQLite index: schema, writing and every query.
///
/// No other file imports GRDB. Question answering opens the file read-only;
/// building writes a new file beside the old one and renames it into place,
/// so a failed or interrupted build never destroys a working index.
public struct IndexStore: Sendable {
    /// Bumped whenever the schema or the analysis changes what is stored.
    public static let schemaVersion = 9
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
                fileStamp: meta["file_stamp"] ?? "",
                builtAt: meta["built_at"] ?? "",
                documentCount: Int(meta["document_count"] ?? "") ?? 0,
                passageCount: Int(meta["passage_count"] ?? "") ?? 0,
                sentenceCount: Int(meta["sentence_count"] ?? "") ?? 0,
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

    public func passages(ids: [Int64]) throws -> [StoredPassage] {
        guard !ids.isEmpty else { return [] }
        let table = try passageTable()
        return ids.compactMap { table.passage(id: $0) }
    }

    /// Every passage in document order, for `vraagbaak passages`; from
    /// `loaded` when the caller has this index's passages in memory already.
    public func allPassages(from loaded: PassageTable? = nil) throws -> [StoredPassage] {
        let table = try loaded ?? passageTable()
        let order = try read { db in try String.fetchAll(db, sql: "SELECT id FROM documents ORDER BY ordinal") }
        var byDocument: [String: [StoredPassage]] = [:]
        for index in 0..<table.count { byDocument[table.documentID(of: index), default: []].append(table.passage(at: index)) }
        return order.flatMap { (byDocument[$0] ?? []).sorted { $0.ordinal < $1.ordinal } }
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

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read(body)
        } catch let error as DatabaseError {
            throw IndexError.database(path: path, detail: error.message ?? "\(error)")
        }
    }

    private static func document(_ row: Row) -> SourceDocument {
        SourceDocument(
            id: row["id"], title: row["title"], publisher: row["publisher"], url: row["url"],
            date: row["date"], author: row["author"], path: row["path"], text: row["text"])
    }
}
