import Foundation
import GRDB
import Logging
import Testing
@testable import VraagbaakCore

/// An index of an older schema, or one another program changed, is rebuilt
/// when the knowledge base opens, with a warning that says why.
///
/// GRDB is imported here only to age an index the way an older Vraagbaak
/// would have left it; the sources keep all SQLite in `IndexStore`.
struct IndexRebuildTests {
    @Test func anIndexOfAnOlderSchemaIsRefusedAndRebuiltWithAMessage() throws {
        let fixture = try IndexFixture()
        try fixture.build()
        let queue = try DatabaseQueue(path: fixture.indexPath)
        try queue.write { db in
            try db.execute(sql: "UPDATE meta SET value = ? WHERE key = 'schema_version'", arguments: [IndexStore.schemaVersion - 1])
        }
        try queue.close()

        let error = try #require(throws: IndexError.self) { try fixture.open() }
        guard case .schemaMismatch(_, let found, let expected) = error else {
            Issue.record("expected a schema mismatch, got \(error)")
            return
        }
        #expect(found == IndexStore.schemaVersion - 1)
        #expect(expected == IndexStore.schemaVersion)

        let messages = LogMessages()
        let knowledge = try KnowledgeBase.open(fixture.configuration, logger: messages.logger)
        #expect(knowledge.buildReport != nil)
        #expect(knowledge.summary.schemaVersion == IndexStore.schemaVersion)
        #expect(messages.all.contains {
            $0.level == .warning && $0.text.contains("schema version \(IndexStore.schemaVersion - 1)")
                && $0.text.contains("Rebuilding it.") && $0.text.contains(fixture.indexPath)
        }, "\(messages.all)")
    }

    @Test func anIndexWithoutItsTablesIsRebuilt() throws {
        let fixture = try IndexFixture()
        try fixture.build()
        let queue = try DatabaseQueue(path: fixture.indexPath)
        try queue.write { db in try db.execute(sql: "DROP TABLE meta") }
        try queue.close()
        let messages = LogMessages()
        let knowledge = try KnowledgeBase.open(fixture.configuration, logger: messages.logger)
        #expect(knowledge.buildReport != nil)
        #expect(messages.all.contains { $0.level == .warning && $0.text.contains("Rebuilding it.") }, "\(messages.all)")
    }

    @Test func aCorruptPageInTheMiddleIsRebuilt() throws {
        let fixture = try IndexFixture()
        try fixture.build()
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixture.indexPath)))
        let pageSize = 4096
        #expect(bytes.count >= 3 * pageSize)
        for offset in (pageSize + 8)..<(pageSize * 2) { bytes[offset] = UInt8(truncatingIfNeeded: offset &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: fixture.indexPath))
        let messages = LogMessages()
        let knowledge = try KnowledgeBase.open(fixture.configuration, logger: messages.logger)
        #expect(knowledge.buildReport != nil)
        #expect(knowledge.summary.documentCount == 3)
    }

    /// Sizes and times decide first; a file whose time changed but whose
    /// bytes did not keeps the index, and a changed file of the same size
    /// rebuilds it.
    @Test func fileTimesAreCheckedFirstAndBytesDecide() throws {
        let fixture = try IndexFixture()
        let first = try KnowledgeBase.open(fixture.configuration)
        #expect(first.buildReport != nil)
        #expect(first.summary.fileStamp == (try KnowledgeFingerprint.stamp(of: fixture.knowledge)))
        #expect(try KnowledgeBase.open(fixture.configuration).buildReport == nil)

        let path = fixture.knowledge.appendingPathComponent("bijstand.md").path
        let later = Date().addingTimeInterval(5)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: path)
        #expect(try KnowledgeFingerprint.stamp(of: fixture.knowledge) != first.summary.fileStamp)
        #expect(try KnowledgeBase.open(fixture.configuration).buildReport == nil, "same bytes: no rebuild")
        // The kept index now carries the new stamp, so the next opening does not hash the folder again.
        let touchedStamp = try KnowledgeFingerprint.stamp(of: fixture.knowledge)
        #expect(try IndexStore(openingReadOnly: fixture.configuration.indexPath).summary().fileStamp == touchedStamp)

        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "Aalten", with: "Aalden").write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: later.addingTimeInterval(5)], ofItemAtPath: path)
        let rebuilt = try KnowledgeBase.open(fixture.configuration)
        #expect(rebuilt.buildReport != nil)
        #expect(try KnowledgeBase.open(fixture.configuration).buildReport == nil)
    }

    /// The stamp is recorded only in an index whose content is the one the
    /// caller hashed: never in a different build renamed over the path.
    @Test func aNewStampIsRecordedOnlyForTheSameContent() throws {
        let fixture = try IndexFixture()
        let knowledge = try KnowledgeBase.open(fixture.configuration)
        let path = fixture.configuration.indexPath
        #expect(!IndexStore.refreshFileStamp(at: path, to: "other stamp", contentHash: "not this index"))
        #expect(try IndexStore(openingReadOnly: path).summary().fileStamp == knowledge.summary.fileStamp)
        #expect(IndexStore.refreshFileStamp(at: path, to: "other stamp", contentHash: knowledge.summary.contentHash))
        #expect(try IndexStore(openingReadOnly: path).summary().fileStamp == "other stamp")
    }
}

/// An in-memory log handler for checking what was logged.
///
/// `@unchecked Sendable` is safe: the only mutable state, `messages`, is
/// read and written only while holding `lock`.
final class LogMessages: @unchecked Sendable {
    struct Message: Sendable, CustomStringConvertible {
        var level: Logger.Level
        var text: String
        var description: String { "\(level): \(text)" }
    }

    private let lock = NSLock()
    private var messages: [Message] = []

    var all: [Message] { lock.withLock { messages } }

    func append(_ message: Message) {
        lock.withLock { messages.append(message) }
    }

    var logger: Logger {
        Logger(label: "test") { _ in Handler(messages: self) }
    }

    struct Handler: LogHandler {
        let messages: LogMessages
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            messages.append(Message(level: event.level, text: "\(event.message)"))
        }
    }
}
