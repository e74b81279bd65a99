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

    @Flag(name: .long, help: ArgumentHelp(
        "Exit with status 1 when any knowledge file had to be skipped.",
        discussion: "Each skipped file is named on standard error with the reason. Without --strict, skipped files are reported and the others are used."))
    var strict = false

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
        let knowledgeBase = try openKnowledgeBase(configuration)
        return try Vraagbaak(knowledge: knowledgeBase, promptsFolder: promptsFolder, answerOptions: answer)
    }
}

extension KnowledgeOptions {
    /// Opens the knowledge base (building its index when needed); with
    /// `--strict`, names every skipped file on stderr and exits with status 1
    /// when there is one. When the index was up to date the folder is read
    /// once more to find the problems, which only `--strict` pays for.
    func openKnowledgeBase(_ configuration: KnowledgeConfiguration) throws -> KnowledgeBase {
        let knowledgeBase = try KnowledgeBase.open(configuration, logger: logger)
        if strict {
            let problems = try knowledgeBase.buildReport?.problems
                ?? KnowledgeLoader(folder: configuration.folder).load().problems
            try Self.failOnProblems(problems, reported: knowledgeBase.buildReport != nil && logger.logLevel <= .warning)
        }
        return knowledgeBase
    }

    /// With `--strict`: writes the problems (unless the build already logged
    /// them) and throws exit status 1 when there is any.
    static func failOnProblems(_ problems: [KnowledgeProblem], reported: Bool) throws {
        guard !problems.isEmpty else { return }
        if !reported {
            for problem in problems {
                FileHandle.standardError.write(Data("skipped \(problem.description)\n".utf8))
            }
        }
        let files = problems.count == 1 ? "1 knowledge file was" : "\(problems.count) knowledge files were"
        FileHandle.standardError.write(Data("\(files) skipped; stopping because of --strict.\n".utf8))
        throw ExitCode(1)
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
