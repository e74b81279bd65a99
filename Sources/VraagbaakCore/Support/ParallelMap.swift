import Foundation

/// Maps `0..<count` on every core, keeping the order: what index building
/// uses to cut and analyse passages, which are pure and independent.
enum ParallelMap {
    /// `transform` of every index, in index order. Work is handed out in
    /// chunks of `chunk` indices; `finished` is called (from any thread,
    /// one call at a time) with the number of indices done so far.
    static func map<T: Sendable>(
        _ count: Int, chunk: Int = 32, finished: (@Sendable (Int) -> Void)? = nil, _ transform: @Sendable (Int) -> T
    ) -> [T] {
        guard count > 0 else { return [] }
        let slots = Slots<T>(count: count)
        let chunks = (count + chunk - 1) / chunk
        let done = DoneCounter()
        DispatchQueue.concurrentPerform(iterations: chunks) { chunkIndex in
            let range = (chunkIndex * chunk)..<min(count, (chunkIndex + 1) * chunk)
            for index in range { slots.set(index, transform(index)) }
            done.add(range.count, then: finished)
        }
        return slots.values()
    }

    /// One slot per index.
    ///
    /// `@unchecked Sendable`: during `concurrentPerform` every slot is written
    /// by exactly one iteration (the chunks do not overlap) and none is read;
    /// `values()` reads them only after `concurrentPerform` has returned,
    /// which orders every write before the reads.
    private final class Slots<T>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<T?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }

        func set(_ index: Int, _ value: T) { buffer[index] = value }

        func values() -> [T] { buffer.map { $0! } }
    }

    /// `@unchecked Sendable`: `value` is only read and written while `lock` is held.
    private final class DoneCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        /// Adds `count` and calls `report` with the new total, under the
        /// lock, so totals are reported in increasing order.
        func add(_ count: Int, then report: ((Int) -> Void)?) {
            lock.lock()
            defer { lock.unlock() }
            value += count
            report?(value)
        }
    }
}
