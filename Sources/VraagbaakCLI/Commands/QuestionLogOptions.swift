import ArgumentParser
import VraagbaakCore

/// `--log FILE`, for every command that answers questions. Without it no
/// question is written anywhere.
struct QuestionLogOptions: ParsableArguments {
    @Option(name: .customLong("log"), help: ArgumentHelp(
        "Append each question (with personal data such as BSN, phone numbers and e-mail addresses replaced) and whether it was answered to this file, one JSON object a line.",
        discussion: "The file is created readable by you only. Without --log no question is written to disk.",
        valueName: "file"))
    var path: String?

    /// The opened log, or `nil` when `--log` was not given.
    func open() throws -> QuestionLog? {
        try path.map { try QuestionLog(path: $0) }
    }
}
