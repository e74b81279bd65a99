/// A question's concepts laid out in flat arrays for `PassageScorer`, made
/// once per question.
///
/// Why: scoring a candidate walks every concept, its alternatives and their
/// terms. Walked as `AnalyzedQuery.Concept` values (arrays of structs holding
/// strings) and nested `[[[Int]]]` slot lists, each step retained and
/// released array buffers, about twenty times per passage. Here every
/// number a passage's score needs is in a plain array indexed by concept,
/// alternative or slot, so scoring a passage allocates and retains nothing.
///
/// A *slot* is one distinct term of the question that the passages hold
/// (the question's terms in `AnalyzedQuery.allTerms` order).
struct ConceptSlots: Sendable {
    /// Per slot: the term's id in the passage table, and its idf.
    let slotTerms: [UInt32]
    let slotIDF: [Double]
    /// A 4,096-bit filter of the slots' term ids: most of a passage's tokens
    /// are no term of the question and are passed over after one test.
    private let filter: [UInt64]

    /// Per concept: its importance, its weight in coverage
    /// (`PassageScorer.conceptWeight`), where its alternatives start in the
    /// per-alternative arrays (one more entry than concepts), and where its
    /// terms' title ids start in `titleIDs` (one more entry than concepts).
    let importance: [Double]
    let weight: [Double]
    let alternativeStarts: [Int]
    let titleIDStarts: [Int]
    /// Every concept's terms as title ids (`KnowledgeBase.termID`), concept
    /// after concept; a term with no id is left out.
    let titleIDs: [UInt32]

    /// Per alternative: its weight, its number of terms (at least 1, as a
    /// Double, the divisor of its share), whether only all of its terms
    /// together count (`countsOnlyWhole`), and where its slots start in
    /// `slots` (one more entry than alternatives).
    let alternativeWeight: [Double]
    let alternativeTermCount: [Double]
    let countsOnlyWhole: [Bool]
    let slotStarts: [Int]
    /// Per term of each alternative, in order: its slot, or -1 for a term
    /// the passages do not hold.
    let slots: [Int]

    /// The number of concepts.
    var conceptCount: Int { importance.count }

    /// Lays out `query`'s concepts; `termID` gives a term's id in the
    /// passage table, `titleID` its id among title words (nil for neither),
    /// `idf` its rarity, and `conceptWeights` each concept's weight.
    init(
        query: AnalyzedQuery, conceptWeights: [Double], termID: (String) -> UInt32?, titleID: (String) -> UInt32?,
        idf: (String) -> Double
    ) {
        var slotOf: [String: Int] = [:]
        var slotTerms: [UInt32] = []
        var slotIDF: [Double] = []
        var filter = [UInt64](repeating: 0, count: 64)
        for term in query.allTerms {
            guard slotOf[term] == nil, let id = termID(term) else { continue }
            slotOf[term] = slotTerms.count
            slotTerms.append(id)
            slotIDF.append(idf(term))
            filter[Int(id & 4095) >> 6] |= 1 << (id & 63)
        }
        self.slotTerms = slotTerms
        self.slotIDF = slotIDF
        self.filter = filter
        let concepts = query.concepts.prefix(conceptWeights.count)
        importance = concepts.map(\.importance)
        weight = Array(conceptWeights.prefix(concepts.count))
        var alternativeStarts = [0]
        var titleIDStarts = [0]
        var titleIDs: [UInt32] = []
        var alternativeWeight: [Double] = []
        var alternativeTermCount: [Double] = []
        var countsOnlyWhole: [Bool] = []
        var slotStarts = [0]
        var slots: [Int] = []
        for concept in concepts {
            for alternative in concept.alternatives {
                alternativeWeight.append(alternative.weight)
                alternativeTermCount.append(Double(max(alternative.terms.count, 1)))
                countsOnlyWhole.append(alternative.countsOnlyWhole)
                slots.append(contentsOf: alternative.terms.map { slotOf[$0] ?? -1 })
                slotStarts.append(slots.count)
            }
            alternativeStarts.append(alternativeWeight.count)
            titleIDs.append(contentsOf: concept.allTerms.compactMap(titleID))
            titleIDStarts.append(titleIDs.count)
        }
        self.alternativeStarts = alternativeStarts
        self.titleIDStarts = titleIDStarts
        self.titleIDs = titleIDs
        self.alternativeWeight = alternativeWeight
        self.alternativeTermCount = alternativeTermCount
        self.countsOnlyWhole = countsOnlyWhole
        self.slotStarts = slotStarts
        self.slots = slots
    }

    /// The slot of term id `id`, nil when the question does not hold it.
    @inline(__always)
    func slot(of id: UInt32) -> Int? {
        guard filter[Int(id & 4095) >> 6] & (1 << (id & 63)) != 0 else { return nil }
        return slotTerms.firstIndex(of: id)
    }

    /// Whether an alternative that counts only whole misses a term: one the
    /// passages do not hold, or one with no occurrence in `frequencies`.
    @inline(__always)
    func missesATerm(_ alternative: Int, frequencies: [Double]) -> Bool {
        for index in slotStarts[alternative]..<slotStarts[alternative + 1] {
            let slot = slots[index]
            if slot < 0 || frequencies[slot] == 0 { return true }
        }
        return false
    }

    /// Whether the title ids `title` hold one of concept `concept`'s terms.
    func titleHolds(_ concept: Int, title: [UInt32]) -> Bool {
        for index in titleIDStarts[concept]..<titleIDStarts[concept + 1] where title.contains(titleIDs[index]) {
            return true
        }
        return false
    }
}
