import Foundation
import Testing
@testable import VraagbaakCore

@Suite struct PassageScorerTests {
    /// A table of one document whose passages hold `passages`: per passage,
    /// its terms with their positions (a term at the position of the one
    /// before it was added by analysis, as a compound's part is).
    private func table(_ passages: [[(term: String, position: Int32)]]) -> PassageTable {
        var columns = PassageTable.Columns()
        var termIDs: [String: UInt32] = [:]
        columns.documentIDs = ["d"]
        columns.documentIndex = ["d": 0]
        for (ordinal, passage) in passages.enumerated() {
            columns.passageDocuments.append(0)
            // None is a document's opening passage, so the lead factor plays no part.
            columns.ordinals.append(Int32(ordinal + 1))
            columns.starts.append(0)
            columns.ends.append(0)
            columns.headings.append(nil)
            for (term, position) in passage {
                let id = termIDs[term] ?? UInt32(columns.terms.count)
                if termIDs[term] == nil {
                    termIDs[term] = id
                    columns.terms.append(term)
                }
                columns.tokens.append(id)
                columns.positions.append(position)
            }
            columns.tokenStarts.append(Int32(columns.tokens.count))
            columns.sentenceStarts.append(Int32(columns.sentenceLowerBounds.count))
        }
        return PassageTable(columns)
    }

    private func query(_ terms: [String]) -> AnalyzedQuery {
        let concepts = terms.map { term in
            AnalyzedQuery.Concept(surface: term, alternatives: [.init(terms: [term], weight: 1, origin: .question)])
        }
        return AnalyzedQuery(question: terms.joined(separator: " "), concepts: concepts, type: .other, words: terms)
    }

    private func scores(_ table: PassageTable, _ query: AnalyzedQuery, options: RetrievalOptions = RetrievalOptions()) -> [ScoredPassage] {
        let scorer = PassageScorer(
            query: query, documentFrequencies: Dictionary(query.allTerms.map { ($0, 1) }, uniquingKeysWith: { a, _ in a }),
            passageCount: 100, averageLength: 3, options: options)
        return scorer.score(Array(0..<table.count), in: table, titleTerms: { _ in [] }, termID: { table.termIDs[$0] })
    }

    /// "bankpaspoort" with its parts, and "paspoort" written: passages of the same length.
    private var partAndWord: PassageTable {
        table([
            [("bankpaspoort", 0), ("bank", 0), ("paspoort", 0), ("aanvrag", 1)],
            [("paspoort", 0), ("bank", 1), ("aanvrag", 2), ("lokett", 3)],
        ])
    }

    @Test func aTokenAtThePositionOfTheOneBeforeItIsDerived() {
        let table = partAndWord
        let first = table.tokenRange(0)
        #expect(first.map { table.isDerived($0, passageStart: first.lowerBound) } == [false, true, true, false])
        let second = table.tokenRange(1)
        #expect(second.map { table.isDerived($0, passageStart: second.lowerBound) } == [false, false, false, false])
    }

    /// The passage that writes "paspoort" outranks the one that holds it
    /// only inside "bankpaspoort", in BM25 and in coverage; counted in full,
    /// the part would tie with the word.
    @Test func aCompoundPartCountsLessThanTheWordItself() {
        let table = partAndWord
        let scored = scores(table, query(["paspoort"]))
        #expect(scored[1].score > scored[0].score)
        #expect(scored[1].bm25 > scored[0].bm25)
        #expect(scored[0].coverage == RetrievalOptions().derivedTermWeight)
        #expect(scored[1].coverage == 1)

        var inFull = RetrievalOptions()
        inFull.derivedTermWeight = 1
        let tied = scores(table, query(["paspoort"]), options: inFull)
        #expect(tied[0].score == tied[1].score)
    }

    /// A term written once and also held as a part elsewhere in the passage
    /// is covered in full.
    @Test func aWrittenTermIsCoveredInFullWhateverItsParts() {
        let table = table([[("bankpaspoort", 0), ("paspoort", 0), ("paspoort", 1), ("aanvrag", 2)]])
        #expect(scores(table, query(["paspoort"]))[0].coverage == 1)
    }
}

@Suite struct DerivedTokenIndexTests {
    /// The index builder puts a compound's parts right after the whole word
    /// at its position, which is how the scorer tells them from written words.
    @Test func anIndexedCompoundsPartsAreDerivedAndItsWholeWordIsNot() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("kennis/bank.md", """
            Een bank vraagt naar uw paspoort. Met een bankpaspoort opent u een rekening bij de bank. \
            Neem uw paspoort mee naar de bank.
            """)
        let knowledge = try KnowledgeBase.open(folder.knowledgeConfiguration)
        let table = knowledge.passages
        let analysed = knowledge.queryAnalyzer.analyzer.analyze("bankpaspoort")
        #expect(analysed.count > 1, "the fixture's compound is split")
        let whole = try #require(table.termIDs[analysed[0].text])
        let passage = try #require((0..<table.count).first { table.tokens[table.tokenRange($0)].contains(whole) })
        let range = table.tokenRange(passage)
        let start = try #require(range.first { table.tokens[$0] == whole })
        #expect(!table.isDerived(start, passageStart: range.lowerBound))
        for (offset, part) in analysed.dropFirst().enumerated() {
            #expect(table.terms[Int(table.tokens[start + 1 + offset])] == part.text)
            #expect(table.isDerived(start + 1 + offset, passageStart: range.lowerBound))
        }
        #expect(!table.isDerived(start + analysed.count, passageStart: range.lowerBound))
    }
}
