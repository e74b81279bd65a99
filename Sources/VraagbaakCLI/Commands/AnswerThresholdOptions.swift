import ArgumentParser
import VraagbaakCore

/// `--threshold`, shared by the commands that answer (`ask`, `chat`).
struct AnswerThresholdOptions: ParsableArguments {
    @Option(name: .long, help: "Do not answer below this confidence (0 to 1). The default is 0.5.")
    var threshold: Double?

    func validate() throws {
        if let threshold, !(0...1).contains(threshold) {
            throw ValidationError("--threshold must be between 0 and 1, not \(threshold).")
        }
    }

    /// The answer options with this threshold, when one was given.
    var answerOptions: AnswerOptions {
        var options = AnswerOptions()
        if let threshold { options.threshold = threshold }
        return options
    }
}
