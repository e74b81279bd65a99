import Foundation
import Testing
@testable import VraagbaakCore

@Suite struct PostingsIndexTests {
    /// A table of `count` passages of random terms (ids below `vocabulary`), seeded.
    private func randomTable(count: Int, vocabulary: Int, seed: UInt64) -> PassageTable {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var columns = PassageTable.Columns()
        // Some terms hold characters FTS5 splits on, so lengths differ from term counts.
        columns.terms = (0..<vocabulary).map { $0 % 7 == 3 ? "t\($0)-x" : "t\($0)" }
        columns.documentIDs = ["d"]
        columns.documentIndex = ["d": 0]
        for _ in 0..<count {
            columns.passageDocuments.append(0)
            columns.ordinals.append(0)
            columns.starts.append(0)
            columns.ends.append(0)
            columns.headings.append(nil)
            let length = 1 + next(30)
            for position in 0..<length {
                // Skewed: low ids are common, as real vocabularies are.
                columns.tokens.append(UInt32(min(next(vocabulary), next(vocabulary))))
                columns.positions.append(Int32(position))
            }
            columns.tokenStarts.append(Int32(columns.tokens.count))
            columns.sentenceStarts.append(Int32(columns.sentenceLowerBounds.count))
        }
        return PassageTable(columns)
    }

    /// FTS5's bm25 of every passage, computed directly from its tokens.
    private func exhaustive(_ table: PassageTable, terms: [UInt32], limit: Int) -> [Int] {
        let lengths = (0..<table.count).map { index in
            table.tokenRange(index).map { PostingsIndex.ftsTokenCount(table.terms[Int(table.tokens[$0])]) }.reduce(0, +)
        }
        let average = Double(lengths.reduce(0, +)) / Double(table.count)
        let rows = Double(table.count)
        let hitsOf = Dictionary(uniqueKeysWithValues: terms.map { term in
            (term, Double((0..<table.count).filter { table.tokens[table.tokenRange($0)].contains(term) }.count))
        })
        var scores: [(Double, Int)] = []
        for index in 0..<table.count {
            let held = table.tokens[table.tokenRange(index)]
            var score = 0.0
            var matched = false
            for term in terms {
                let frequency = Double(held.filter { $0 == term }.count)
                let hits = hitsOf[term]!
                var idf = log((rows - hits + 0.5) / (hits + 0.5))
                if idf <= 0 { idf = 1e-6 }
                guard frequency > 0 else { continue }
                matched = true
                score += idf * (frequency * 2.2) / (frequency + 1.2 * (1 - 0.75 + 0.75 * Double(lengths[index]) / average))
            }
            if matched { scores.append((score, index)) }
        }
        return scores.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }.prefix(limit).map(\.1)
    }

    @Test func candidatesAreTheBestByFTS5BM25() {
        let table = randomTable(count: 400, vocabulary: 120, seed: 7)
        let postings = PostingsIndex(table)
        for (terms, limit) in [([UInt32(3), 50, 90], 20), ([0, 1], 200), ([117], 5), ([10, 3, 44, 2, 99], 400), ([5], 1)] {
            #expect(postings.candidates(for: terms, limit: limit) == exhaustive(table, terms: terms, limit: limit), "\(terms)")
        }
        #expect(postings.candidates(for: [], limit: 10).isEmpty)
    }

    /// Rare terms first and a common one last, with a small limit: the
    /// search stops adding passages that only the common term holds.
    @Test func theShortcutForCommonTermsChangesNothing() {
        let table = randomTable(count: 3000, vocabulary: 400, seed: 21)
        let postings = PostingsIndex(table)
        let byRarity = (0..<UInt32(400)).sorted { postings.documentFrequency($0) < postings.documentFrequency($1) }
        #expect(postings.documentFrequency(byRarity.last!) > 200)
        for (terms, limit) in [
            (Array(byRarity.suffix(300).prefix(4)) + [byRarity.last!], 3),
            (Array(byRarity.suffix(200).prefix(6)) + Array(byRarity.suffix(2)), 10),
            (Array(byRarity.prefix(8)) + [byRarity.last!], 1),
            ([byRarity[250], byRarity.last!], 40),
        ] {
            #expect(postings.candidates(for: terms, limit: limit) == exhaustive(table, terms: terms, limit: limit), "\(terms)")
        }
    }

    /// The score memory is reused from question to question, also after a
    /// search that dropped passages: every answer must still be the
    /// exhaustive one, in any order of questions.
    @Test func questionsInARowGiveWhatEachGivesAlone() {
        let table = randomTable(count: 3000, vocabulary: 400, seed: 21)
        let postings = PostingsIndex(table)
        let byRarity = (0..<UInt32(400)).sorted { postings.documentFrequency($0) < postings.documentFrequency($1) }
        let questions: [([UInt32], Int)] = [
            (Array(byRarity.suffix(300).prefix(4)) + [byRarity.last!], 3),
            ([byRarity[10], byRarity[300]], 50),
            (Array(byRarity.suffix(200).prefix(6)) + Array(byRarity.suffix(2)), 10),
            ([byRarity[250], byRarity.last!], 40),
            ([byRarity.last!], 5),
        ]
        let expected = questions.map { exhaustive(table, terms: $0.0, limit: $0.1) }
        for round in 0..<3 {
            for offset in questions.indices {
                let index = (offset * (round + 1)) % questions.count
                #expect(postings.candidates(for: questions[index].0, limit: questions[index].1) == expected[index], "\(index)")
            }
        }
        #expect(postings.accumulators.idleCount == 1)
    }

    /// Questions asked at the same time each get their own score memory.
    @Test func questionsAtTheSameTimeDoNotMeet() {
        let table = randomTable(count: 2000, vocabulary: 300, seed: 5)
        let postings = PostingsIndex(table)
        let questions: [[UInt32]] = (0..<UInt32(16)).map { offset -> [UInt32] in
            let rare: UInt32 = 299 - offset * 3
            return [2 + offset * 7, rare, 1, 0]
        }
        let expected = questions.map { exhaustive(table, terms: $0, limit: 20) }
        let answers = ParallelMap.map(questions.count * 4, chunk: 1) { index in
            postings.candidates(for: questions[index % questions.count], limit: 20)
        }
        for (index, answer) in answers.enumerated() {
            #expect(answer == expected[index % questions.count], "\(index)")
        }
    }

    @Test func postingsHoldEveryPassageOfATermOnce() {
        let table = randomTable(count: 200, vocabulary: 50, seed: 3)
        let postings = PostingsIndex(table)
        for term in 0..<UInt32(50) {
            let expected = (0..<table.count).filter { table.tokens[table.tokenRange($0)].contains(term) }
            let range = postings.postings(term)
            #expect(range.map { Int(postings.postingPassages[$0]) } == expected)
            #expect(range.map { Int(postings.postingFrequencies[$0]) }
                == expected.map { index in table.tokens[table.tokenRange(index)].filter { $0 == term }.count })
            #expect(postings.documentFrequency(term) == expected.count)
        }
    }

    @Test func ftsTokensAreRunsOfLettersDigitsAndDots() {
        #expect(PostingsIndex.ftsTokenCount("gemeent") == 1)
        #expect(PostingsIndex.ftsTokenCount("e-mail") == 2)
        #expect(PostingsIndex.ftsTokenCount("1.000") == 1)
        #expect(PostingsIndex.ftsTokenCount("50%") == 1)
        #expect(PostingsIndex.ftsTokenCount("auto's") == 2)
        #expect(PostingsIndex.ftsTokenCount("") == 0)
    }

    @Test func topScoresAgreeWithASort() {
        var state: UInt64 = 11
        let scores = (0..<1000).map { _ -> Double in
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return Double((state >> 40) % 50)  // many ties
        }
        let items = (0..<Int32(1000)).reversed().map { $0 }
        for limit in [1, 10, 200, 999, 1000, 2000] {
            let expected = items.sorted { scores[Int($0)] != scores[Int($1)] ? scores[Int($0)] > scores[Int($1)] : $0 < $1 }
                .prefix(limit).map { Int($0) }
            #expect(TopScores.best(items, limit: limit) { scores[Int($0)] } == expected)
        }
    }

    /// The worst kept score is the score of the last of `best`, ties and all.
    @Test func theWorstKeptScoreIsTheLastBestOnesScore() {
        var state: UInt64 = 3
        let scores = (0..<500).map { _ -> Double in
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return Double((state >> 40) % 20)
        }
        let items = (0..<Int32(500)).map { $0 }
        for limit in [1, 7, 50, 499, 500] {
            let best = TopScores.best(items, limit: limit) { scores[Int($0)] }
            #expect(TopScores.worstKept(items, limit: limit) { scores[Int($0)] } == scores[best[best.count - 1]])
        }
        #expect(TopScores.worstKept(items, limit: 501) { scores[Int($0)] } == nil)
        #expect(TopScores.worstKept(items, limit: 0) { scores[Int($0)] } == nil)
        #expect(TopScores.best(items, limit: 0) { scores[Int($0)] }.isEmpty)
    }

    /// An item scoring exactly the worst kept score still enters when it is
    /// the lower item: early rejection turns away only lower scores.
    @Test func aTieWithTheWorstKeptGoesToTheLowerItem() {
        let scores: [Int32: Double] = [9: 5, 8: 3, 7: 3, 2: 3, 1: 1]
        #expect(TopScores.best([9, 8, 7, 2, 1], limit: 2) { scores[$0]! } == [9, 2])
        #expect(TopScores.best([9, 8, 7, 2, 1], limit: 3) { scores[$0]! } == [9, 2, 7])
        #expect(TopScores.worstKept([9, 8, 7, 2, 1], limit: 2) { scores[$0]! } == 3)
    }

    /// The composer takes a sentence's terms from the index: they must be the
    /// terms the analyzer makes of the sentence's text.
    @Test func storedSentenceTermsAreTheAnalysedSentence() throws {
        let fixture = try IndexFixture()
        let knowledge = try KnowledgeBase.open(fixture.configuration)
        let table = knowledge.passages
        let analyzer = knowledge.queryAnalyzer.analyzer
        #expect(table.count == knowledge.summary.passageCount)
        for index in 0..<table.count {
            let passage = table.passage(at: index)
            let document = try #require(knowledge.document(id: passage.documentID))
            for (offset, sentence) in table.sentenceRange(index).enumerated() {
                let stored = table.tokens[table.sentenceTokens(sentence, of: index)].map { table.terms[Int($0)] }
                let text = String(document.text.utf8Slice(passage.sentences[offset]))
                #expect(stored == analyzer.analyze(text).map(\.text), "\(text)")
                #expect(Int(table.sentenceWords[sentence]) == PassageBuilder.wordCount(Substring(text)))
                for type in QuestionType.allCases {
                    #expect((table.sentenceTypes[sentence] & AnswerTypeDetector.bit(of: type) != 0)
                        == AnswerTypeDetector.matches(type, sentence: Substring(text)), "\(type): \(text)")
                }
            }
            let heading = table.tokens[table.headingTokens(of: index)].map { table.terms[Int($0)] }
            #expect(heading == (passage.heading.map { analyzer.analyze($0).map(\.text) } ?? []))
        }
    }
}

@Suite struct ParallelMapTests {
    @Test func resultsKeepTheirOrder() {
        for count in [0, 1, 31, 32, 33, 1000] {
            #expect(ParallelMap.map(count, chunk: 32) { $0 * $0 } == (0..<count).map { $0 * $0 })
        }
        #expect(ParallelMap.map(5, chunk: 1) { String($0) } == ["0", "1", "2", "3", "4"])
    }
}
