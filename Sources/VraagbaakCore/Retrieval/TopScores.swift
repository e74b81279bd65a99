/// Picks the best few of many scored items without sorting them all: a
/// bounded heap whose root is the worst item kept.
///
/// At 100,000 passages the candidate search offers some 16,000 passages for
/// 50 places, nearly all of them below the worst one kept: those are turned
/// away by one comparison with the worst kept score, read from a local
/// rather than from the heap.
enum TopScores {
    /// The `limit` items with the highest score, best first; equal scores
    /// go to the lower item, as a stable sort of the items in ascending order would.
    static func best<Items: Sequence<Int32>>(_ items: Items, limit: Int, score: (Int32) -> Double) -> [Int] {
        var heap = Heap(limit: limit, expected: items.underestimatedCount)
        heap.offer(items, score: score)
        return heap.sorted()
    }

    /// The score of the `limit`-th best item (the last of `best`), nil when
    /// there are fewer than `limit` items: the heap's root, so the kept items
    /// need no sorting.
    static func worstKept<Items: Sequence<Int32>>(_ items: Items, limit: Int, score: (Int32) -> Double) -> Double? {
        var heap = Heap(limit: limit, expected: items.underestimatedCount)
        heap.offer(items, score: score)
        return heap.isFull ? heap.worstScore : nil
    }

    /// At most `limit` (score, item) entries, the worst at the root.
    private struct Heap {
        let limit: Int
        private var entries: [(Double, Int32)] = []

        init(limit: Int, expected: Int) {
            self.limit = max(limit, 0)
            entries.reserveCapacity(min(self.limit, expected))
        }

        var isFull: Bool { entries.count == limit }

        /// The score of the worst item kept (the root); nil when empty.
        var worstScore: Double? { entries.first?.0 }

        /// `a` ranks before `b`: a higher score, or the same score and a lower item.
        @inline(__always)
        private static func before(_ a: (Double, Int32), _ b: (Double, Int32)) -> Bool {
            a.0 != b.0 ? a.0 > b.0 : a.1 < b.1
        }

        /// Offers every item: until the heap is full each one goes in; after
        /// that an item scoring below the worst kept is turned away by one
        /// comparison, and only the others are compared with the root.
        @inline(__always)
        mutating func offer<Items: Sequence<Int32>>(_ items: Items, score: (Int32) -> Double) {
            var iterator = items.makeIterator()
            while entries.count < limit, let item = iterator.next() {
                push((score(item), item))
            }
            guard limit > 0 else { return }
            var worst = entries[0].0
            while let item = iterator.next() {
                let itemScore = score(item)
                // Below the worst kept: cannot enter (a tie is decided by the item below).
                if itemScore < worst { continue }
                let entry = (itemScore, item)
                guard Self.before(entry, entries[0]) else { continue }
                entries[0] = entry
                siftDown()
                worst = entries[0].0
            }
        }

        private mutating func push(_ entry: (Double, Int32)) {
            entries.append(entry)
            var child = entries.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                // The root is the worst: a parent ranks after its children.
                guard Self.before(entries[parent], entries[child]) else { break }
                entries.swapAt(parent, child)
                child = parent
            }
        }

        /// Moves the root down to its place. Over the entries' memory: a
        /// mutation of the array checks its uniqueness, at every step.
        private mutating func siftDown() {
            entries.withUnsafeMutableBufferPointer { heap in
                let entry = heap[0]
                var parent = 0
                while true {
                    let left = 2 * parent + 1
                    guard left < heap.count else { break }
                    let right = left + 1
                    // The child that ranks last.
                    var worst = left
                    if right < heap.count, Self.before(heap[left], heap[right]) { worst = right }
                    guard Self.before(entry, heap[worst]) else { break }
                    heap[parent] = heap[worst]
                    parent = worst
                }
                heap[parent] = entry
            }
        }

        /// The items kept, best first: the root (the worst) taken off again
        /// and again, back to front. The order is a total one (no two
        /// entries hold the same item), so it is the one a sort would give.
        func sorted() -> [Int] {
            var heap = self
            var result = [Int](repeating: 0, count: entries.count)
            for slot in result.indices.reversed() {
                result[slot] = Int(heap.entries[0].1)
                let last = heap.entries.removeLast()
                if !heap.entries.isEmpty {
                    heap.entries[0] = last
                    heap.siftDown()
                }
            }
            return result
        }
    }
}
