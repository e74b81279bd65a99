import Foundation
import GRDB

extension IndexStore {
    /// Writes `content` as a new index at `path`, atomically: the file is
    /// built under a temporary name in the same folder and renamed over the
    /// old one only when complete.
    /// `progress` is called now and then with the number of passages written.
    ///
    /// Returns the new index opened for reading. It is opened before the
    /// rename, so it is the file this call wrote even when another process
    /// renames its own build over `path` a moment later.
    @discardableResult
    public static func write(_ content: IndexContent, to path: String, progress: ((Int) -> Void)? = nil) throws -> IndexStore {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw IndexError.cannotWrite(path: path, detail: error.localizedDescription)
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try? FileManager.default.removeItem(at: temporary)
        removeAbandonedTemporaryFiles(of: url)
        let store: IndexStore
        do {
            let queue = try DatabaseQueue(path: temporary.path)
            // No rollback journal: the file is new and private until the
            // rename, and a build that fails removes it, so there is nothing
            // to roll back to. The commit still syncs the file.
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = OFF") }
            try queue.write { db in
                try createSchema(db)
                try insert(content, db, progress: progress)
            }
            // No VACUUM: the file is new and written in one transaction in
            // row order, so there are no free pages; rebuilding it made the
            // two secondary indexes 0.3 % smaller for 7 % of a build.
            try queue.close()
            store = try IndexStore(openingReadOnly: path, file: temporary.path)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw IndexError.cannotWrite(path: path, detail: "\(error)")
        }
        if rename(temporary.path, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw IndexError.cannotWrite(path: path, detail: reason)
        }
        return store
    }

    /// Removes the temporary files of builds of this index whose process is
    /// gone (killed, or the machine stopped): `.<name>.<pid>.tmp` and its
    /// journal. A build still running in another process is left alone.
    static func removeAbandonedTemporaryFiles(of index: URL) {
        let folder = index.deletingLastPathComponent()
        let prefix = ".\(index.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dot = rest.firstIndex(of: "."), let pid = Int32(rest[..<dot]),
                  ["tmp", "tmp-journal", "tmp-wal", "tmp-shm"].contains(rest[rest.index(after: dot)...]),
                  pid != ProcessInfo.processInfo.processIdentifier,
                  kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    private static func createSchema(_ db: Database) throws {
        try db.execute(sql: """
            PRAGMA application_id = \(applicationID);
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE documents (
                id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, title TEXT NOT NULL, publisher TEXT,
                url TEXT, date TEXT, author TEXT, path TEXT NOT NULL, text TEXT NOT NULL);
            CREATE TABLE passages (
                id INTEGER PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id),
                ordinal INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, heading TEXT,
                term_ids BLOB NOT NULL, positions BLOB NOT NULL, sentences BLOB NOT NULL,
                sentence_starts BLOB NOT NULL, sentence_types BLOB NOT NULL, sentence_words BLOB NOT NULL);
            CREATE INDEX passages_by_document ON passages(document_id, ordinal);
            CREATE TABLE terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, df INTEGER NOT NULL);
            CREATE TABLE words (word TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;
            """)
    }

    private static func insert(_ content: IndexContent, _ db: Database, progress: ((Int) -> Void)?) throws {
        let insertDocument = try db.makeStatement(sql: """
            INSERT INTO documents (id, ordinal, title, publisher, url, date, author, path, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var texts: [String: String] = [:]
        for (ordinal, document) in content.documents.enumerated() {
            texts[document.id] = document.text
            try insertDocument.execute(arguments: [
                document.id, ordinal, document.title, document.publisher, document.url,
                document.date, document.author, document.path, document.text,
            ])
        }
        let insertPassage = try db.makeStatement(sql: """
            INSERT INTO passages (
                id, document_id, ordinal, start, "end", heading, term_ids, positions, sentences, sentence_starts,
                sentence_types, sentence_words)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // Term ids are the builder's (order of first appearance); `terms` maps them back.
        var documentFrequency = [Int](repeating: 0, count: content.terms.count)
        var lastPassage = [Int](repeating: -1, count: content.terms.count)
        var totalLength = 0
        var sentenceCount = 0
        let step = max(1, content.passages.count / 200)
        for (index, analysed) in content.passages.enumerated() {
            if index % step == 0 { progress?(index) }
            let id = Int64(index + 1)
            let passage = analysed.passage
            let text = texts[passage.documentID] ?? ""
            let range = text.utf8Offsets(passage.range)
            var bounds: [Int32] = []
            bounds.reserveCapacity(passage.sentences.count * 2)
            for sentence in passage.sentences {
                let offsets = text.utf8Offsets(sentence)
                bounds.append(Int32(offsets.lowerBound))
                bounds.append(Int32(offsets.upperBound))
            }
            for termID in analysed.termIDs where lastPassage[Int(termID)] != index {
                lastPassage[Int(termID)] = index
                documentFrequency[Int(termID)] += 1
            }
            let ids = analysed.termIDs
            try insertPassage.execute(arguments: [
                id, passage.documentID, passage.ordinal, range.lowerBound, range.upperBound, passage.heading,
                PackedIntegers.pack(ids), PackedIntegers.pack(analysed.positions), PackedIntegers.pack(bounds),
                PackedIntegers.pack(analysed.sentenceStarts), PackedIntegers.pack(analysed.sentenceTypes),
                PackedIntegers.pack(analysed.sentenceWords),
            ])
            sentenceCount += passage.sentences.count
            totalLength += analysed.termIDs.count
        }
        let insertTerm = try db.makeStatement(sql: "INSERT INTO terms (id, term, df) VALUES (?, ?, ?)")
        for (termID, term) in content.terms.enumerated() {
            try insertTerm.execute(arguments: [termID, term, documentFrequency[termID]])
        }
        let insertWord = try db.makeStatement(sql: "INSERT INTO words (word, count) VALUES (?, ?)")
        for (word, count) in content.words.counts { try insertWord.execute(arguments: [word, count]) }
        progress?(content.passages.count)
        let average = content.passages.isEmpty ? 1 : Double(totalLength) / Double(content.passages.count)
        let meta: [(String, String)] = [
            ("schema_version", String(schemaVersion)),
            ("content_hash", content.contentHash),
            ("file_stamp", content.fileStamp),
            ("built_at", ISO8601DateFormatter().string(from: Date())),
            ("passage_count", String(content.passages.count)),
            ("document_count", String(content.documents.count)),
            ("sentence_count", String(sentenceCount)),
            ("average_passage_length", String(average)),
        ]
        for (key, value) in meta {
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }
}
