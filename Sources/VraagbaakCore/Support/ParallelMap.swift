import Foundation

/// Maps `0..<count` on every core, keeping the order: what index building
/// uses to cut and analyse passages, which are pure and independent.
enum ParallelMap {
    /// `transform` of every index, in index order. Work is handed out in
    /// chunks of `chunk` indices.
    static func map<T: Sendable>(_ count: Int, chunk: Int = 32, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let slots = Slots<T>(count: count)
        let chunks = (count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { chunkIndex in
            for index in (chunkIndex * chunk)..<min(count, (chunkIndex + 1) * chunk) {
                slots.set(index, transform(index))
            }
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
}
