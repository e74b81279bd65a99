import Foundation
import Logging

/// The question answerer: a knowledge base, the texts it speaks with, and
/// the answer composer. Front ends (the command line, the REPL, the protocol
/// server, the evaluation) all ask through this one type, so they give the
/// same answer to the same question.
public struct Vraagbaak: Sendable {
    public let knowledge: KnowledgeBase
    public let prompts: PromptSet
    public var composer: AnswerComposer

    public init(knowledge: KnowledgeBase, prompts: PromptSet, answerOptions: AnswerOptions = AnswerOptions()) {
        self.knowledge = knowledge
        self.prompts = prompts
        self.composer = AnswerComposer(options: answerOptions)
    }

    /// Answers one question, timing it.
    public func ask(_ question: String) throws -> Answer {
        try askExplained(question).answer
    }

    /// Answers with the retrieval evidence too, for explanations and evaluation.
    public func askExplained(_ question: String) throws -> (answer: Answer, retrieval: RetrievalResult) {
        let started = DispatchTime.now().uptimeNanoseconds
        let retrieval = try knowledge.retrieve(knowledge.analyze(question), limit: 10)
        var answer = composer.compose(retrieval, in: knowledge, notAnswered: prompts.text("not-answered.txt"))
        answer.tookMs = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        return (answer, retrieval)
    }
}
