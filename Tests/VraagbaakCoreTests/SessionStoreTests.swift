import Foundation
import Testing
@testable import VraagbaakCore

/// Sessions: kept per exact id, expired when idle, evicted least recently used first.
struct SessionStoreTests {
    let start = Date(timeIntervalSinceReferenceDate: 0)

    func conversation(turns: Int) throws -> Conversation {
        var conversation = Conversation()
        let vraagbaak = try RepositoryVraagbaak()
        for _ in 0..<turns { _ = try vraagbaak.vraagbaak.ask("Wat is het granieten bestand?", in: &conversation) }
        return conversation
    }

    @Test func aNewIDStartsAFreshConversation() {
        let store = SessionStore()
        #expect(store.conversation(for: "x", at: start).turns.isEmpty)
        #expect(store.count == 0)
    }

    @Test func aSessionIdleLongerThanTheTimeoutIsForgotten() throws {
        var policy = SessionPolicy()
        policy.idleTimeout = 60
        var store = SessionStore(policy: policy)
        store.store(try conversation(turns: 1), for: "a", at: start)
        #expect(store.conversation(for: "a", at: start.addingTimeInterval(60)).turns.count == 1)
        #expect(store.conversation(for: "a", at: start.addingTimeInterval(61)).turns.isEmpty)
        store.removeExpired(at: start.addingTimeInterval(61))
        #expect(store.count == 0)
    }

    @Test func pastTheMaximumTheLeastRecentlyUsedGoesFirst() {
        var policy = SessionPolicy()
        policy.maximumSessions = 3
        var store = SessionStore(policy: policy)
        for (offset, id) in ["a", "b", "c", "a", "d", "e"].enumerated() {
            store.store(Conversation(), for: id, at: start.addingTimeInterval(Double(offset)))
        }
        #expect(store.count == 3)
        #expect(["a", "d", "e"].allSatisfy(store.contains))
        #expect(!store.contains("b") && !store.contains("c"))
    }

    @Test func expiredSessionsMakeRoomBeforeAnyInUseIsEvicted() {
        var policy = SessionPolicy()
        policy.maximumSessions = 2
        policy.idleTimeout = 10
        var store = SessionStore(policy: policy)
        store.store(Conversation(), for: "old", at: start)
        store.store(Conversation(), for: "recent", at: start.addingTimeInterval(15))
        store.store(Conversation(), for: "new", at: start.addingTimeInterval(20))
        #expect(store.contains("recent") && store.contains("new") && !store.contains("old"))
    }
}
