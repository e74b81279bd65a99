import ArgumentParser
import VraagbaakCore

/// The `vraagbaak` command: answers Dutch questions from a folder of trusted articles.
public struct VraagbaakCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "vraagbaak",
        abstract: "Answers residents' questions in Dutch with sentences quoted from trusted articles.",
        discussion: """
            Vraagbaak quotes one to three sentences word for word from the articles in its knowledge \
            folder, with numbered sources, or says honestly that the articles do not answer the question.
            """,
        version: VraagbaakVersion.current,
        subcommands: [
            ChatCommand.self, AskCommand.self, ServeCommand.self, PassagesCommand.self, IndexCommand.self, EvalCommand.self,
            BenchCommand.self,
        ],
        defaultSubcommand: ChatCommand.self
    )

    public init() {}
}

