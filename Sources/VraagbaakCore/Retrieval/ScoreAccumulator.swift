/// Per-passage scores of one candidate search, in flat memory that lives as
/// long as the knowledge base and is reused question after question.
///
/// Why: at 100,000 passages a question's rarest terms reach some 16,000
/// passages. Arrays made for every question cost an allocation the size of
/// the whole table, and arrays a local function captures are checked for
/// uniqueness at every write (that check alone was a tenth of a retrieval in
/// callgrind). Here a score lives at its passage's index in raw memory, an
/// untouched passage's score is NaN (a sum of scores never is: they are
/// finite), and the list of touched passages is what a reset clears: the
/// cost of a question follows the postings it reads, not the table's size.
///
/// Not `Sendable`: one search uses it at a time; `ScoreAccumulatorPool`
/// hands it from one question to the next.
final class ScoreAccumulator {
    /// How many passages it can hold scores for (indices `0..<capacity`).
    let capacity: Int
    /// Per passage its score, NaN for a passage not touched since the last reset.
    private let scores: UnsafeMutablePointer<Double>
    private let touchedItems: UnsafeMutablePointer<Int32>
    /// The number of touched passages, in raw memory too: a stored `var` of a
    /// class is checked for exclusive access at run time at every write,
    /// which the search loop would pay per posting.
    private let counter: UnsafeMutablePointer<Int>

    init(capacity: Int) {
        precondition(capacity >= 0 && capacity <= Int(Int32.max), "A score accumulator holds 0 to Int32.max passages, not \(capacity).")
        self.capacity = capacity
        scores = .allocate(capacity: max(capacity, 1))
        scores.initialize(repeating: .nan, count: max(capacity, 1))
        touchedItems = .allocate(capacity: max(capacity, 1))
        counter = .allocate(capacity: 1)
        counter.initialize(to: 0)
    }

    deinit {
        scores.deallocate()
        touchedItems.deallocate()
        counter.deallocate()
    }

    /// How many passages were touched since the last reset (and not removed).
    var touchedCount: Int { counter.pointee }

    /// The passages touched since the last reset, in the order they were
    /// first touched (or as `sortTouched()` left them).
    var touched: UnsafeBufferPointer<Int32> {
        UnsafeBufferPointer(start: touchedItems, count: counter.pointee)
    }

    /// Whether `item` was touched since the last reset (and not removed).
    @inline(__always)
    func contains(_ item: Int) -> Bool {
        !scores[item].isNaN
    }

    /// The score of a touched `item`.
    @inline(__always)
    func score(of item: Int) -> Double {
        scores[item]
    }

    /// Adds `amount` (finite) to the score of `item`. Its first addition
    /// since the last reset starts from 0 (written `0 + amount`, the sum the
    /// search made before) and records it as touched.
    @inline(__always)
    func add(_ amount: Double, to item: Int) {
        let current = scores[item]
        if current.isNaN {
            touchedItems[counter.pointee] = Int32(truncatingIfNeeded: item)
            counter.pointee += 1
            scores[item] = 0 + amount
        } else {
            scores[item] = current + amount
        }
    }

    /// Adds `amount(offset, item)` to the score of `items[offset]` for every
    /// offset in `offsets`, as `add(_:to:)` would one by one: the candidate
    /// search's loop over a term's postings, with the memory's addresses
    /// and the count held in registers rather than read through `self` at
    /// every posting.
    @inline(__always)
    func add(_ items: UnsafeBufferPointer<UInt32>, at offsets: Range<Int>, amount: (Int, Int) -> Double) {
        let scores = self.scores
        let touchedItems = self.touchedItems
        var count = counter.pointee
        for offset in offsets {
            let item = Int(items[offset])
            let amount = amount(offset, item)
            let current = scores[item]
            if current.isNaN {
                touchedItems[count] = Int32(truncatingIfNeeded: item)
                count += 1
                scores[item] = 0 + amount
            } else {
                scores[item] = current + amount
            }
        }
        counter.pointee = count
    }

    /// Forgets the touched passages `drop` chooses (given each one and its
    /// score), keeping the order of the others. A forgotten passage reads as
    /// untouched again.
    func removeTouched(where drop: (Int32, Double) -> Bool) {
        var kept = 0
        for offset in 0..<counter.pointee {
            let item = touchedItems[offset]
            if drop(item, scores[Int(item)]) {
                scores[Int(item)] = .nan
            } else {
                touchedItems[kept] = item
                kept += 1
            }
        }
        counter.pointee = kept
    }

    /// Puts the touched passages in ascending order.
    func sortTouched() {
        var items = UnsafeMutableBufferPointer(start: touchedItems, count: counter.pointee)
        items.sort()
    }

    /// Forgets every touched passage: only their scores are cleared, so a
    /// reset costs what the question touched, not the table's size.
    func reset() {
        for offset in 0..<counter.pointee {
            scores[Int(touchedItems[offset])] = .nan
        }
        counter.pointee = 0
    }
}
