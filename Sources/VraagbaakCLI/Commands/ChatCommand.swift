#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import VraagbaakCore

/// `vraagbaak` (or `vraagbaak chat`): a conversation at the terminal, or one
/// question a line when standard input is not a terminal, so it can be scripted.
struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Talk with Vraagbaak: the default when no subcommand is given.",
        discussion: """
            On a terminal it greets you and answers question after question; follow-up questions \
            ("En in Leerdam?") are read with the conversation so far. Type :help for the commands. \
            With standard input from a file or pipe it reads one question a line and prints plain \
            answers, separated by an empty line. For line editing and history, run it under rlwrap: \
            rlwrap vraagbaak.
            """)

    @OptionGroup var options: KnowledgeOptions
    @OptionGroup var log: QuestionLogOptions

    @OptionGroup var answering: AnswerThresholdOptions

    func run() throws {
        let vraagbaak = try options.openVraagbaak(answer: answering.answerOptions)
        let interactive = isatty(STDIN_FILENO) == 1
        var session = ReplSession(vraagbaak: vraagbaak, style: .forStandardOutput(), questionLog: try log.open())
        if interactive {
            print(session.greeting)
            print()
        }
        while true {
            if interactive {
                print(session.style.bold("> "), terminator: "")
                fflush(nil)  // all streams: the C `stdout` global is not concurrency-safe to name
            }
            guard let line = readLine(strippingNewline: true) else {
                if interactive { print() }
                break
            }
            switch try session.handle(line) {
            case .stop:
                return
            case .silence:
                continue
            case .say(let text):
                print(text)
                print()
                fflush(nil)  // all streams: the C `stdout` global is not concurrency-safe to name
            }
        }
    }
}
