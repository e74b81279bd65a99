import ArgumentParser
import Foundation
import VraagbaakCore

/// `vraagbaak passages`: everything the bot knows, as it will quote it.
struct PassagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passages",
        abstract: "List every indexed passage with its document id.",
        discussion: "Use it to check that cleaning removed the site chrome and kept the article text.")

    @OptionGroup var options: KnowledgeOptions

    @Flag(name: .long, help: "Print one JSON object a line: document, passage, heading, text, start, end.")
    var json = false

    struct Line: Encodable {
        var document: String
        var passage: Int
        var heading: String?
        var text: String
        var start: Int
        var end: Int
    }

    func run() throws {
        let knowledge = try options.openKnowledgeBase(options.configuration())
        let style = TerminalStyle.forStandardOutput()
        for passage in try knowledge.store.allPassages(from: knowledge.passages) {
            guard let document = knowledge.document(id: passage.documentID) else { continue }
            let text = passage.text(in: document)
            if json {
                print(try AnswerJSON.encode(Line(
                    document: passage.documentID, passage: passage.ordinal, heading: passage.heading, text: text,
                    start: passage.range.lowerBound, end: passage.range.upperBound)))
            } else {
                let heading = passage.heading.map { " — \($0)" } ?? ""
                print(style.bold("\(passage.documentID) #\(passage.ordinal)") + style.dim(heading))
                print(text)
                print()
            }
        }
    }
}
