import Foundation
import Testing
@testable import VraagbaakCore

/// The words that frame a question ("krijg ik", "hoe lang") weigh less than
/// the words that say what it is about, so an answer need not hold them.
struct QuestionFrameWordsTests {
    private func importance(of word: String, in question: String) throws -> Double {
        let knowledge = try RepositoryVraagbaak().vraagbaak.knowledge
        let concept = try #require(knowledge.analyze(question).concepts.first { $0.surface == word }, "\(word) in \(question)")
        return concept.importance
    }

    @Test(arguments: [
        ("krijg", "Wanneer krijg ik bijstand?"), ("ga", "Hoe ga ik naar de bibliotheek?"),
        ("weet", "Hoe weet ik of ik bij het granieten bestand hoor?"), ("doe", "Wat doe ik met schulden?"),
    ])
    func aLightVerbAfterIkIsAFrameWord(word: String, question: String) throws {
        #expect(try importance(of: word, in: question) <= SentenceCoverage.carryingImportance)
    }

    /// "Hoe lang" asks for a duration: "lang" names the kind of answer.
    /// Elsewhere "lang" keeps its weight.
    @Test func langAfterHoeNamesTheKindOfAnswer() throws {
        #expect(try importance(of: "lang", in: "Hoe lang zitten mensen in de bijstand?") <= SentenceCoverage.carryingImportance)
        #expect(try importance(of: "lang", in: "Waarom zitten mensen lang in de bijstand?") > SentenceCoverage.carryingImportance)
        #expect(try importance(of: "bijstand", in: "Hoe lang zitten mensen in de bijstand?") > SentenceCoverage.carryingImportance)
    }
}

/// "Wat adviseert X over Y?" asks about Y: the advice frame carries nothing.
struct AdviceFrameTests {
    @Test(arguments: [("adviseert", "Wat adviseert de gemeente over schulden?"), ("tips", "Welke tips zijn er voor mantelzorgers?")])
    func theAdviceWordIsAFrame(word: String, question: String) throws {
        let knowledge = try RepositoryVraagbaak().vraagbaak.knowledge
        let concepts = knowledge.analyze(question).concepts
        let frame = try #require(concepts.first { $0.surface == word })
        #expect(frame.importance <= SentenceCoverage.carryingImportance)
        #expect(concepts.contains { $0.importance > SentenceCoverage.carryingImportance })
    }
}
