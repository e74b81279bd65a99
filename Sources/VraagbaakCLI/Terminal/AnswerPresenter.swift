import Foundation
import VraagbaakCore

/// Shows an answer to a person: the prompt texts, with the citation markers
/// and source numbers highlighted on a terminal.
struct AnswerPresenter {
    let prompts: PromptSet
    let style: TerminalStyle

    func present(_ answer: Answer) -> String {
        let text = prompts.render(answer)
        guard style.colour else { return text }
        var result = text
        for number in 1...max(answer.sources.count, 1) {
            result = result.replacingOccurrences(of: "[\(number)]", with: style.cyan("[\(number)]"))
        }
        return result
    }
}
