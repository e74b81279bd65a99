/// Picks the best few of many scored items without sorting them all: a
/// bounded heap whose root is the worst item kept.
enum TopScores {
    /// The `limit` items with the highest score, best first; equal scores
    /// go to the lower item, as a stable sort of the items in ascending order would.
    static func best(_ items: [Int32], limit: Int, score: (Int32) -> Double) -> [Int] {
        // `a` ranks before `b`.
        func before(_ a: (Double, Int32), _ b: (Double, Int32)) -> Bool {
            a.0 != b.0 ? a.0 > b.0 : a.1 < b.1
        }
        var heap: [(Double, Int32)] = []
        heap.reserveCapacity(min(limit, items.count))
        for item in items {
            let entry = (score(item), item)
            if heap.count < limit {
                heap.append(entry)
                var child = heap.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    // The root is the worst: a parent ranks after its children.
                    guard before(heap[parent], heap[child]) else { break }
                    heap.swapAt(parent, child)
                    child = parent
                }
            } else if before(entry, heap[0]) {
                heap[0] = entry
                var parent = 0
                while true {
                    let left = 2 * parent + 1
                    let right = left + 1
                    var worst = parent
                    if left < heap.count, before(heap[worst], heap[left]) { worst = left }
                    if right < heap.count, before(heap[worst], heap[right]) { worst = right }
                    if worst == parent { break }
                    heap.swapAt(parent, worst)
                    parent = worst
                }
            }
        }
        return heap.sorted(by: before).map { Int($0.1) }
    }
}
