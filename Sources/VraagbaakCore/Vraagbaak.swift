import Foundation
import Logging

/// The question answerer: a knowledge base, the texts it speaks with, and
/// the answer composer. Front ends (the command line, the REPL, the protocol
/// server, the evaluation) all ask through this one type, so they give the
/// same answer to the same question.
public struct Vraagbaak: Sendable {
    public private(set) var knowledge: KnowledgeBase
    /// The default (Dutch) prompt texts.
    public let prompts: PromptSet
    /// Prompt texts in other languages, used when a question is in that language.
    public let otherPrompts: [PromptSet.Language: PromptSet]
    /// Recognises questions that need an urgent-help referral.
    public let urgentHelp: UrgentHelpDetector
    public var composer: AnswerComposer

    public init(
        knowledge: KnowledgeBase, prompts: PromptSet, otherPrompts: [PromptSet] = [],
        urgentHelp: UrgentHelpDetector = .none, answerOptions: AnswerOptions = AnswerOptions()
    ) {
        self.knowledge = knowledge
        self.prompts = prompts
        self.otherPrompts = Dictionary(otherPrompts.map { ($0.language, $0) }, uniquingKeysWith: { first, _ in first })
        self.urgentHelp = urgentHelp
        self.composer = AnswerComposer(options: answerOptions)
    }

    /// Opens the prompts folder the way every front end uses it: Dutch as the
    /// default, English for English questions, and the urgent-help triggers.
    public init(knowledge: KnowledgeBase, promptsFolder: URL, answerOptions: AnswerOptions = AnswerOptions()) throws {
        self.init(
            knowledge: knowledge,
            prompts: try PromptSet.load(from: promptsFolder, language: .dutch),
            otherPrompts: [try PromptSet.load(from: promptsFolder, language: .english)],
            urgentHelp: try UrgentHelpDetector.load(from: promptsFolder.appendingPathComponent("urgent")),
            answerOptions: answerOptions)
    }

    /// The same prompts, referrals and options over another knowledge base
    /// (after a reload).
    public func answering(from knowledge: KnowledgeBase) -> Vraagbaak {
        var copy = self
        copy.knowledge = knowledge
        return copy
    }

    /// The prompt texts to speak to a question in `language` with.
    public func prompts(for language: PromptSet.Language) -> PromptSet {
        otherPrompts[language] ?? prompts
    }

    /// The prompt texts an answer was given in, to render it.
    public func prompts(for answer: Answer) -> PromptSet {
        PromptSet.Language(rawValue: answer.language).map(prompts(for:)) ?? prompts
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
        // The question's plain words, read once for its language and for urgent-help triggers.
        let words = UrgentHelpDetector.words(of: question)
        let speaking = prompts(for: QuestionLanguage.of(words: words))
        let notAnswered = speaking.text("not-answered.txt")
        let query = knowledge.analyze(question)
        let resolver = FollowUpResolver()
        let pointsBack = conversation.last != nil && resolver.pointsBack(question, query: query)
        // A question that points back is only ever read in context; any other
        // question with words of its own is read alone first, and in context
        // only when that fails. Small talk ("Hoe gaat het?") is never read in context.
        var understood = query
        var followUp = false
        // The answer a follow-up leans on: what it asks about usually stands
        // in or next to it. Worked out only for a question read in context.
        var leaning = FollowUpContext.none
        if pointsBack, let previous = conversation.last {
            leaning = resolver.context(of: query, leaningOn: previous, pointsBack: true, in: knowledge)
            understood = resolver.contextual(query, after: previous)
            followUp = true
        }
        var retrieval = try knowledge.retrieve(understood, limit: 10)
        var answer = composer.compose(retrieval, in: knowledge, notAnswered: notAnswered, followUp: leaning)
        if !pointsBack, !answer.answered, let previous = conversation.last,
            query.concepts.contains(where: { $0.importance >= 0.5 }) {
            let context = resolver.context(of: query, leaningOn: previous, pointsBack: false, in: knowledge)
            let contextual = resolver.contextual(query, after: previous)
            let contextualRetrieval = try knowledge.retrieve(contextual, limit: 10)
            let contextualAnswer = composer.compose(contextualRetrieval, in: knowledge, notAnswered: notAnswered, followUp: context)
            if contextualAnswer.confidence > answer.confidence {
                (answer, retrieval, understood, followUp, leaning) = (contextualAnswer, contextualRetrieval, contextual, true, context)
            }
        }
        // Who wrote an article or when it appeared is said from the article's
        // details, not from its sentences (`ArticleDetail`).
        if let detailAnswer = ArticleDetail.answer(
            to: query, previous: conversation.last, retrieval: retrieval, in: knowledge, prompts: speaking, notAnswered: notAnswered) {
            answer = detailAnswer
        }
        answer.language = speaking.language.rawValue
        answer.referrals = urgentHelp.needs(inWords: words).map { Referral(need: $0, text: speaking.referral($0)) }
        answer.tookMs = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        conversation.record(.init(
            question: question, query: understood, answer: answer, wasFollowUp: followUp, followUp: leaning))
        return (answer, retrieval)
    }
}
