import Foundation

/// Keeps the `ScoreAccumulator`s of a knowledge base between questions, so
/// a question reuses the memory of an earlier one instead of allocating a
/// score per passage again; questions asked at the same time (a `serve`
/// front end, tests) each get their own.
///
/// `@unchecked Sendable`: the list of idle accumulators is only read or
/// written while `lock` is held, and an accumulator taken from it belongs to
/// one `withAccumulator` call until it is handed back, reset, so no two
/// threads ever use the same one.
final class ScoreAccumulatorPool: @unchecked Sendable {
    /// How many passages each accumulator holds.
    let capacity: Int
    /// The most idle accumulators kept; more are freed when handed back.
    /// The default is 4.
    let idleLimit: Int
    private let lock = NSLock()
    private var idle: [ScoreAccumulator] = []

    init(capacity: Int, idleLimit: Int = 4) {
        self.capacity = capacity
        self.idleLimit = idleLimit
    }

    /// The number of idle accumulators held now.
    var idleCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return idle.count
    }

    /// Runs `body` with an accumulator of `capacity` passages that nothing
    /// else uses meanwhile, nothing touched in it, and resets it afterwards.
    func withAccumulator<Result>(_ body: (ScoreAccumulator) -> Result) -> Result {
        lock.lock()
        let taken = idle.popLast()
        lock.unlock()
        let accumulator = taken ?? ScoreAccumulator(capacity: capacity)
        let result = body(accumulator)
        accumulator.reset()
        lock.lock()
        if idle.count < idleLimit { idle.append(accumulator) }
        lock.unlock()
        return result
    }
}
