import ArgumentParser
import Foundation
import Logging
import VraagbaakCore

/// The options every command that reads knowledge shares, and the one place
/// where arguments and environment become configuration.
struct KnowledgeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The folder of articles (.md, .txt, .html), searched recursively.",
        discussion: "The default is ./knowledge, else the knowledge folder installed beside the program.",
        valueName: "folder"))
    var knowledge: String?

    @Option(name: .long, help: ArgumentHelp(
        "The index file. The default is ~/.cache/vraagbaak/<folder>-<hash>.sqlite (XDG_CACHE_HOME is honoured).",
        valueName: "file"))
    var index: String?

    @Option(name: .long, help: ArgumentHelp(
        "The folder of prompt texts. The default is ./prompts, else the one installed beside the program.",
        valueName: "folder"))
    var prompts: String?

    @Flag(name: .long, help: "Print progress and rebuild notices on standard error.")
    var verbose = false

    var knowledgeFolder: URL {
        URL(fileURLWithPath: knowledge ?? InstalledData.locate("knowledge"))
    }

    var promptsFolder: URL {
        URL(fileURLWithPath: prompts ?? InstalledData.locate("prompts"))
    }

    var logger: Logger {
        var logger = Logger(label: "vraagbaak") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = verbose ? .info : .warning
        return logger
    }

    func configuration() -> KnowledgeConfiguration {
        KnowledgeConfiguration(folder: knowledgeFolder, indexPath: index)
    }

    /// Opens the knowledge base (building its index when needed) and the prompts.
    func openVraagbaak(retrieval: RetrievalOptions = RetrievalOptions(), answer: AnswerOptions = AnswerOptions()) throws -> Vraagbaak {
        var configuration = configuration()
        configuration.retrieval = retrieval
        let knowledgeBase = try KnowledgeBase.open(configuration, logger: logger)
        return try Vraagbaak(knowledge: knowledgeBase, promptsFolder: promptsFolder, answerOptions: answer)
    }
}

/// Finds the data folders shipped with Vraagbaak: in the working directory
/// when run from the repository, else in `../share/vraagbaak/` beside the binary.
enum InstalledData {
    static func locate(_ name: String) -> String {
        if FileManager.default.fileExists(atPath: name) { return name }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let installed = executable.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/vraagbaak/\(name)")
        return FileManager.default.fileExists(atPath: installed.path) ? installed.path : name
    }
}
