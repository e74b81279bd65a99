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
        var conversation = Conversation()
        return try askExplained(question, in: &conversation)
    }

    /// Answers a question as a turn of `conversation`, reading a follow-up
    /// in the context of the turn before it, and records the turn.
    public func ask(_ question: String, in conversation: inout Conversation) throws -> Answer {
        try askExplained(question, in: &conversation).answer
    }

    public func askExplained(_ question: String, in conversation: inout Conversation) throws -> (answer: Answer, retrieval: RetrievalResult) {
        let started = DispatchTime.now().uptimeNanoseconds
        let notAnswered = prompts.text("not-answered.txt")
        let query = knowledge.analyze(question)
        let resolver = FollowUpResolver()
        let pointsBack = conversation.last != nil && resolver.pointsBack(question, query: query)
        // A question that points back is only ever read in context; any other
        // question is read alone first, and in context only when that fails.
        var understood = query
        var followUp = false
        if pointsBack, let previous = conversation.last {
            understood = resolver.contextual(query, after: previous)
            followUp = true
        }
        var retrieval = try knowledge.retrieve(understood, limit: 10)
        var answer = composer.compose(retrieval, in: knowledge, notAnswered: notAnswered)
        if !pointsBack, !answer.answered, let previous = conversation.last {
            let contextual = resolver.contextual(query, after: previous)
            let contextualRetrieval = try knowledge.retrieve(contextual, limit: 10)
            let contextualAnswer = composer.compose(contextualRetrieval, in: knowledge, notAnswered: notAnswered)
            if contextualAnswer.confidence > answer.confidence {
                (answer, retrieval, understood, followUp) = (contextualAnswer, contextualRetrieval, contextual, true)
            }
        }
        answer.tookMs = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        conversation.record(.init(question: question, query: understood, answer: answer, wasFollowUp: followUp))
        return (answer, retrieval)
    }
}
