import Foundation
import VraagbaakCore

/// One person's conversation at the prompt: questions and `:commands` in,
/// text out. Kept apart from reading the terminal so that tests can feed it
/// lines and read what a person would see.
struct ReplSession {
    /// What to do after a line.
    enum Reply: Equatable {
        /// Show this text (and carry on).
        case say(String)
        /// Nothing to show (an empty line).
        case silence
        /// End the conversation.
        case stop
    }

    let vraagbaak: Vraagbaak
    let style: TerminalStyle
    /// The question log of `--log`; `nil` writes no question anywhere.
    let questionLog: QuestionLog?
    private(set) var conversation = Conversation()
    private(set) var last: (answer: Answer, retrieval: RetrievalResult)?

    init(vraagbaak: Vraagbaak, style: TerminalStyle, questionLog: QuestionLog? = nil) {
        self.vraagbaak = vraagbaak
        self.style = style
        self.questionLog = questionLog
    }

    /// The prompts to speak in: those of the last answer, Dutch before any.
    private var speaking: PromptSet {
        last.map { vraagbaak.prompts(for: $0.answer) } ?? vraagbaak.prompts
    }

    var greeting: String { speaking.text("greeting.txt") }

    mutating func handle(_ line: String) throws -> Reply {
        let input = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !input.isEmpty else { return .silence }
        if input.hasPrefix(":") {
            return command(String(input.dropFirst()).lowercased())
        }
        let result = try vraagbaak.askExplained(input, in: &conversation)
        last = result
        try questionLog?.record(question: input, answer: result.answer)
        return .say(AnswerPresenter(prompts: vraagbaak.prompts(for: result.answer), style: style).present(result.answer))
    }

    private mutating func command(_ name: String) -> Reply {
        switch name {
        case "stop", "quit", "exit", "q":
            return .stop
        case "help", "hulp", "h", "?":
            return .say(speaking.text("help.txt"))
        case "nieuw", "new", "reset":
            conversation.reset()
            last = nil
            return .say(speaking.text("new-conversation.txt"))
        case "bronnen", "sources":
            guard let last else { return .say(speaking.text("nothing-yet.txt")) }
            return .say(ReplExplanation(vraagbaak: vraagbaak, style: style).sources(of: last.answer))
        case "waarom", "why":
            guard let last else { return .say(speaking.text("nothing-yet.txt")) }
            return .say(ReplExplanation(vraagbaak: vraagbaak, style: style).reasons(
                for: last.answer, retrieval: last.retrieval, followUp: conversation.last?.wasFollowUp ?? false))
        default:
            return .say(speaking.text("unknown-command.txt", ["command": ":" + name]))
        }
    }
}
