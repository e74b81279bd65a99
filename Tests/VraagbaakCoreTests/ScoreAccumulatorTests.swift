import Foundation
import Testing
@testable import VraagbaakCore

@Suite struct ScoreAccumulatorTests {
    @Test func addsUpScoresAndListsPassagesInTheOrderFirstTouched() {
        let scores = ScoreAccumulator(capacity: 200)
        scores.add(1.5, to: 70)
        scores.add(2, to: 3)
        scores.add(0.25, to: 70)
        scores.add(4, to: 199)
        #expect(Array(scores.touched) == [70, 3, 199])
        #expect(scores.touchedCount == 3)
        #expect(scores.score(of: 70) == 1.75)
        #expect(scores.score(of: 3) == 2)
        #expect(scores.score(of: 199) == 4)
        #expect(scores.contains(70) && scores.contains(3) && scores.contains(199))
        #expect(!scores.contains(4) && !scores.contains(0) && !scores.contains(198))
    }

    /// A passage touched in an earlier question starts again from 0, and
    /// nothing else reads as touched.
    @Test func aResetForgetsEveryTouchedPassage() {
        let scores = ScoreAccumulator(capacity: 130)
        for passage in [0, 63, 64, 129] { scores.add(Double(passage) + 1, to: passage) }
        scores.reset()
        #expect(scores.touchedCount == 0)
        #expect((0..<130).allSatisfy { !scores.contains($0) })
        scores.add(0.5, to: 64)
        #expect(scores.score(of: 64) == 0.5)
        #expect(Array(scores.touched) == [64])
    }

    /// Removed passages read as untouched at once, and a reset after a
    /// removal leaves nothing behind (a removed passage's score is not left
    /// for the next question to add to).
    @Test func removedPassagesAreForgottenToo() {
        let scores = ScoreAccumulator(capacity: 100)
        for passage in [5, 6, 7, 70] { scores.add(Double(passage), to: passage) }
        scores.removeTouched { passage, score in passage == 6 || score > 60 }
        #expect(Array(scores.touched) == [5, 7])
        #expect(!scores.contains(6) && !scores.contains(70))
        scores.add(1, to: 6)
        #expect(scores.score(of: 6) == 1)
        #expect(Array(scores.touched) == [5, 7, 6])
        scores.removeTouched { passage, _ in passage == 7 }
        scores.reset()
        #expect((0..<100).allSatisfy { !scores.contains($0) })
        scores.add(3, to: 7)
        scores.add(3, to: 70)
        #expect(scores.score(of: 7) == 3)
        #expect(scores.score(of: 70) == 3)
    }

    @Test func sortsTouchedPassages() {
        let scores = ScoreAccumulator(capacity: 50)
        for passage in [40, 2, 17, 0, 33] { scores.add(1, to: passage) }
        scores.sortTouched()
        #expect(Array(scores.touched) == [0, 2, 17, 33, 40])
    }

    @Test func anEmptyAccumulatorHoldsNothing() {
        let scores = ScoreAccumulator(capacity: 0)
        #expect(scores.touched.isEmpty)
        scores.reset()
        #expect(scores.touchedCount == 0)
    }

    /// The pool hands back the same memory for the next question, reset.
    @Test func thePoolReusesAnAccumulatorAcrossQuestions() {
        let pool = ScoreAccumulatorPool(capacity: 10)
        #expect(pool.idleCount == 0)
        let first = pool.withAccumulator { scores -> ObjectIdentifier in
            scores.add(2, to: 4)
            scores.add(1, to: 9)
            return ObjectIdentifier(scores)
        }
        #expect(pool.idleCount == 1)
        let second = pool.withAccumulator { scores -> ObjectIdentifier in
            #expect(scores.touchedCount == 0)
            #expect(!scores.contains(4) && !scores.contains(9))
            scores.add(1, to: 4)
            #expect(scores.score(of: 4) == 1)
            return ObjectIdentifier(scores)
        }
        #expect(first == second)
        #expect(pool.idleCount == 1)
    }

    /// A search inside a search gets its own accumulator; no more than the
    /// idle limit are kept afterwards.
    @Test func nestedUsesGetTheirOwnAccumulator() {
        let pool = ScoreAccumulatorPool(capacity: 10, idleLimit: 1)
        pool.withAccumulator { outer in
            outer.add(1, to: 2)
            pool.withAccumulator { inner in
                #expect(ObjectIdentifier(inner) != ObjectIdentifier(outer))
                #expect(!inner.contains(2))
                inner.add(5, to: 2)
            }
            #expect(outer.score(of: 2) == 1)
        }
        #expect(pool.idleCount == 1)
    }
}
