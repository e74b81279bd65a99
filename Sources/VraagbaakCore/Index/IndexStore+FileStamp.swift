import Foundation
import GRDB

extension IndexStore {
    /// Records `stamp` as the knowledge folder's file stamp in the index at
    /// `path`, provided the index still holds the content `contentHash`
    /// describes.
    ///
    /// Opening compares file stamps (sizes and times) first and hashes the
    /// files only when they differ. When a file was touched but its bytes did
    /// not change, the index is kept; without this refresh every later opening
    /// would hash the whole folder again. The condition on the content hash is
    /// part of the one UPDATE, so a newer build another process renamed over
    /// `path` in the meantime is never given a stamp that is not its own.
    ///
    /// Best effort: an index in a read-only place, or one that another
    /// process is writing at this moment, keeps its old stamp (returns false),
    /// which costs only the hashing on the next opening.
    @discardableResult
    static func refreshFileStamp(at path: String, to stamp: String, contentHash: String) -> Bool {
        var configuration = Configuration()
        configuration.label = "vraagbaak-index-stamp"
        configuration.busyMode = .timeout(0.2)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.write { db in
                try db.execute(
                    sql: """
                        UPDATE meta SET value = ? WHERE key = 'file_stamp'
                        AND (SELECT value FROM meta WHERE key = 'content_hash') = ?
                        """,
                    arguments: [stamp, contentHash])
                return db.changesCount == 1
            }
        } catch {
            return false
        }
    }
}
