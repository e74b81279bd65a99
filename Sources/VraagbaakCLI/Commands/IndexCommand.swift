import ArgumentParser
import Foundation
import VraagbaakCore

/// `vraagbaak index`: build the index now and say what went into it.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build the index of the knowledge folder and report what was indexed.",
        discussion: """
            Other commands build the index by themselves when the folder changed; this one always \
            rebuilds and reports documents, passages, dropped chrome lines, duplicate blocks and skipped files.
            """)

    @OptionGroup var options: KnowledgeOptions

    func run() throws {
        let configuration = options.configuration()
        var builder = IndexBuilder(options: configuration.retrieval.analysis)
        let bar = ProgressBar()
        builder.progress = bar.callback
        let report = try builder.build(knowledge: configuration.folder, index: configuration.indexPath)
        bar.clear()
        for problem in report.problems {
            FileHandle.standardError.write(Data("skipped \(problem.description)\n".utf8))
        }
        print("""
            Indexed \(report.documents) documents into \(report.passages) passages (\(report.sentences) sentences) \
            in \(String(format: "%.2f", report.seconds)) s.
            Dropped \(report.droppedChromeLines) lines of site chrome and \(report.duplicateBlocks) duplicate blocks; \
            skipped \(report.problems.count) files.
            Index: \(report.indexPath)
            """)
        if options.strict { try KnowledgeOptions.failOnProblems(report.problems, reported: true) }
    }
}
