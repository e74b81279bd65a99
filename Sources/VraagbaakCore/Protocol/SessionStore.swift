import Foundation

/// The limits of the server's sessions.
public struct SessionPolicy: Sendable, Hashable {
    /// At most this many sessions are kept; a new one beyond it evicts the
    /// least recently used. The default is 1,000.
    public var maximumSessions = 1_000
    /// A session unused this long is forgotten. The default is 30 minutes.
    public var idleTimeout: TimeInterval = 30 * 60
    /// The longest session id, in characters. The default is 128.
    public var maximumIDLength = 128

    public init() {}
}

/// The conversations of a server's sessions, in memory, one per session id.
///
/// A value owned by the one `ProtocolServer` that uses it, so there is no
/// locking. Ids are compared exactly, so no conversation is ever read under
/// another id. Memory stays bounded by `SessionPolicy`: idle sessions
/// expire, and past the maximum the least recently used one goes.
public struct SessionStore: Sendable {
    struct Entry: Sendable {
        var conversation: Conversation
        var lastUsed: Date
        /// Orders uses even when the clock gives two the same time.
        var serial: UInt64
    }

    public let policy: SessionPolicy
    private var entries: [String: Entry] = [:]
    private var lastSweep = Date.distantPast
    private var uses: UInt64 = 0

    public init(policy: SessionPolicy = SessionPolicy()) {
        self.policy = policy
    }

    public var count: Int { entries.count }

    public func contains(_ id: String) -> Bool { entries[id] != nil }

    /// The conversation of session `id`: its turns so far, or a fresh one when
    /// the id is new or its session expired.
    public func conversation(for id: String, at now: Date) -> Conversation {
        guard let entry = entries[id], now.timeIntervalSince(entry.lastUsed) <= policy.idleTimeout else {
            return Conversation()
        }
        return entry.conversation
    }

    /// Stores the conversation of session `id` as used at `now`, evicting
    /// expired sessions and, when full, the least recently used one.
    public mutating func store(_ conversation: Conversation, for id: String, at now: Date) {
        if entries[id] == nil {
            if now.timeIntervalSince(lastSweep) > min(60, policy.idleTimeout) || entries.count >= policy.maximumSessions {
                removeExpired(at: now)
            }
            while entries.count >= policy.maximumSessions, let oldest = entries.min(by: { $0.value.serial < $1.value.serial }) {
                entries[oldest.key] = nil
            }
        }
        uses += 1
        entries[id] = Entry(conversation: conversation, lastUsed: now, serial: uses)
    }

    /// Forgets every session idle longer than the timeout.
    public mutating func removeExpired(at now: Date) {
        lastSweep = now
        entries = entries.filter { now.timeIntervalSince($0.value.lastUsed) <= policy.idleTimeout }
    }
}
