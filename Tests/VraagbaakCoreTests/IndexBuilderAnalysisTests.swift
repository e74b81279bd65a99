import Foundation
import Testing
@testable import VraagbaakCore

/// The builder analyses each distinct token once (`TermMemo`) and tokenizes
/// apart from analysing; the index must hold what analysing every sentence
/// with the full analyzer gave before (commit 6461c5a): the same terms under
/// the same ids, positions, sentence starts, answer types and word counts.
@Suite struct IndexBuilderAnalysisTests {
    /// The builder's analysis as it was, sentence by sentence with `Analyzer.analyze`.
    static func referenceAnalysis(_ documents: [CleanedDocument]) -> (terms: [String], passages: [IndexContent.AnalysedPassage], words: WordCounts) {
        let passages = documents.flatMap { PassageBuilder().passages(of: $0) }
        let texts = Dictionary(documents.map { ($0.document.id, $0.document.text) }, uniquingKeysWith: { first, _ in first })
        var words = WordCounts()
        for passage in passages {
            for sentence in passage.sentences {
                for token in Analyzer.surfaceWords.analyze(texts[passage.documentID]!, range: sentence) where token.kind == .word {
                    words.add(token.text)
                }
            }
        }
        let analyzer = Analyzer.dutch(vocabulary: words)
        var termIDs: [String: UInt32] = [:]
        var terms: [String] = []
        var analysed: [IndexContent.AnalysedPassage] = []
        for passage in passages {
            let text = texts[passage.documentID]!
            var tokens: [Token] = []
            if let heading = passage.heading {
                tokens += analyzer.analyze(heading).map { token in
                    var token = token
                    token.position = -1 - token.position
                    return token
                }
            }
            var offset = 0
            var sentenceStarts: [Int32] = []
            for sentence in passage.sentences {
                sentenceStarts.append(Int32(tokens.count))
                let sentenceTokens = analyzer.analyze(text, range: sentence)
                tokens += sentenceTokens.map { token in
                    var token = token
                    token.position += offset
                    return token
                }
                offset += (sentenceTokens.last?.position ?? 0) + 2
            }
            let ids = tokens.map { token in
                if let known = termIDs[token.text] { return known }
                let id = UInt32(terms.count)
                termIDs[token.text] = id
                terms.append(token.text)
                return id
            }
            var result = IndexContent.AnalysedPassage(
                passage: passage, termIDs: ids, positions: tokens.map { Int32($0.position) }, sentenceStarts: sentenceStarts)
            result.sentenceTypes = passage.sentences.map { sentence in
                QuestionType.allCases.filter { AnswerTypeDetector.matches($0, sentence: text[sentence]) }
                    .reduce(UInt8(0)) { $0 | AnswerTypeDetector.bit(of: $1) }
            }
            result.sentenceWords = passage.sentences.map { Int32(text[$0].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count) }
            analysed.append(result)
        }
        return (terms, analysed, words)
    }

    @Test func theBundledKnowledgeIsAnalysedAsBefore() throws {
        let loaded = try KnowledgeLoader(folder: RepositoryVraagbaak.knowledge).load()
        let cleaned = DocumentCleaner(patterns: loaded.chromePatterns).clean(loaded.documents).documents
        let content = IndexBuilder().analyse(cleaned, contentHash: "")
        let reference = Self.referenceAnalysis(cleaned)
        #expect(content.terms == reference.terms)
        #expect(content.words == reference.words)
        #expect(content.passages.count == reference.passages.count)
        for (built, expected) in zip(content.passages, reference.passages) {
            #expect(built.passage.range == expected.passage.range)
            #expect(built.passage.sentences == expected.passage.sentences)
            #expect(built.termIDs == expected.termIDs)
            #expect(built.positions == expected.positions)
            #expect(built.sentenceStarts == expected.sentenceStarts)
            #expect(built.sentenceTypes == expected.sentenceTypes)
            #expect(built.sentenceWords == expected.sentenceWords)
        }
    }
}

@Suite struct SurfaceTokensTests {
    /// Positions are held in 16 bits; larger ones (a sentence of more than
    /// 65,534 words) must come back unchanged.
    @Test func largePositionsComeBackUnchanged() {
        var block = SurfaceTokens.Block()
        let positions = [0, 1, 65_533, 65_534, 65_535, 65_536, 70_000, 2, 1_000_000]
        for (offset, position) in positions.enumerated() { block.append(UInt32(offset), position: position) }
        #expect(positions.indices.map { block.position($0) } == positions.map { Int32($0) })
        #expect(block.ids == positions.indices.map { UInt32($0) })
    }

    @Test func eachDistinctTokenIsOneSurfaceAndOnlySentenceWordsCount() {
        var surface = SurfaceTokens()
        surface.startBlock()
        let words = ["zorg", "2020", "zorg"]
        for (position, text) in words.enumerated() {
            let kind: Token.Kind = text == "2020" ? .number : .word
            surface.append(Token(text: text, range: text.startIndex..<text.endIndex, position: position, kind: kind), inSentence: true)
        }
        surface.append(Token(text: "zorg", range: "zorg".startIndex..<"zorg".endIndex, position: 0), inSentence: false)
        #expect(surface.texts == ["zorg", "2020"])
        #expect(surface.blocks[0].ids == [0, 1, 0, 0])
        #expect(surface.surfaceWords() == WordCounts(["zorg": 2]))
    }

    /// Many distinct tokens (the table of surface ids grows) keep their ids.
    @Test func manyDistinctTokensKeepTheirSurfaceIDs() {
        var surface = SurfaceTokens()
        surface.startBlock()
        let texts = (0..<20_000).map { "woord\($0)" } + ["café", "cafe\u{0301}", "12"]
        for round in 0..<2 {
            for (position, text) in texts.enumerated() {
                let kind: Token.Kind = text == "12" || round == 1 && position == 0 ? .number : .word
                surface.append(Token(text: text, range: text.startIndex..<text.endIndex, position: position % 100, kind: kind), inSentence: true)
            }
        }
        let ids = surface.blocks[0].ids
        #expect(surface.texts.count == texts.count + 1)  // "woord0" as a number the second time
        #expect(Array(ids[(texts.count + 1)...]) == Array(ids[1..<texts.count]))
        #expect(ids[texts.count] == UInt32(texts.count))
    }
}
