import ArgumentParser
import Foundation
import VraagbaakCore

/// `vraagbaak ask`: one question, one answer.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer one question from the knowledge folder.",
        discussion: "Prints the quoted sentences with their sources, or says that the articles do not answer it.")

    @OptionGroup var options: KnowledgeOptions

    @OptionGroup var log: QuestionLogOptions

    @Flag(name: .long, help: "Print the answer as one JSON object (the same object the protocol returns).")
    var json = false

    @OptionGroup var answering: AnswerThresholdOptions

    @Argument(help: "The question, in Dutch.")
    var question: [String]

    func validate() throws {
        if question.joined(separator: " ").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("The question is empty. Ask, for example: vraagbaak ask \"Wat is het granieten bestand?\"")
        }
    }

    func run() throws {
        let questionLog = try log.open()
        let vraagbaak = try options.openVraagbaak(answer: answering.answerOptions)
        let question = question.joined(separator: " ")
        let answer = try vraagbaak.ask(question)
        try questionLog?.record(question: question, answer: answer)
        if json {
            print(try AnswerJSON.encode(answer))
        } else {
            print(AnswerPresenter(prompts: vraagbaak.prompts(for: answer), style: .forStandardOutput()).present(answer))
        }
    }
}
