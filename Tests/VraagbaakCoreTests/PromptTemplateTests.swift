import Foundation
import Testing
@testable import VraagbaakCore

@Suite struct PromptTemplateTests {
    private static let line: Set<String> = ["n", "title", "publisher", "link"]

    private func template(_ source: String, allowed: Set<String> = Self.line) throws -> PromptTemplate {
        try PromptTemplate(name: "nl/test.txt", source: source, allowed: allowed)
    }

    /// The error a source is rejected with.
    private func error(_ source: String, allowed: Set<String> = Self.line) throws -> PromptError {
        try #require(throws: PromptError.self) { try template(source, allowed: allowed) }
    }

    // MARK: - Rendering

    @Test func placeholdersAreReplacedByTheirValues() throws {
        let template = try template("[{n}] {title} — {link}")
        #expect(template.render(["n": "2", "title": "Granieten bestand", "link": "https://example.org/a"])
            == "[2] Granieten bestand — https://example.org/a")
    }

    @Test func spacesInsideBracesAreAllowed() throws {
        #expect(try template("{ title }").render(["title": "Titel"]) == "Titel")
    }

    @Test func aPlaceholderMayBeUsedTwice() throws {
        #expect(try template("{n}{n}").render(["n": "7"]) == "77")
    }

    @Test func aMissingValueOutsideASectionIsEmpty() throws {
        #expect(try template("[{n}] {title}.").render(["n": "1"]) == "[1] .")
    }

    @Test(arguments: [
        (["title": "T", "publisher": "Sozio", "link": "L"], "T — Sozio — L"),
        (["title": "T", "publisher": "", "link": "L"], "T — L"),
        (["title": "T", "link": "L"], "T — L"),
    ])
    func anOptionalSectionVanishesWhenAPlaceholderInsideIsEmpty(values: [String: String], expected: String) throws {
        #expect(try template("{title}[[ — {publisher}]] — {link}").render(values) == expected)
    }

    @Test func aSectionVanishesWhenAnyOfItsPlaceholdersIsEmpty() throws {
        let template = try template("{title}[[ ({publisher}, {link})]]")
        #expect(template.render(["title": "T", "publisher": "P", "link": "L"]) == "T (P, L)")
        #expect(template.render(["title": "T", "publisher": "P"]) == "T")
        #expect(template.render(["title": "T", "link": "L"]) == "T")
    }

    @Test func aSectionWithoutPlaceholdersAlwaysShows() throws {
        #expect(try template("a[[b]]c").render() == "abc")
    }

    @Test func anEmptyInnerSectionLeavesTheOuterOne() throws {
        let template = try template("{title}[[ — {link}[[ ({publisher})]]]]")
        #expect(template.render(["title": "T", "link": "L", "publisher": "P"]) == "T — L (P)")
        #expect(template.render(["title": "T", "link": "L"]) == "T — L")
        #expect(template.render(["title": "T", "publisher": "P"]) == "T")
    }

    @Test func aSectionMaySpanLines() throws {
        let template = try template("Dat weet ik niet.[[\n\nLees ook:\n{link}]]", allowed: ["link"])
        #expect(template.render(["link": "- artikel"]) == "Dat weet ik niet.\n\nLees ook:\n- artikel")
        #expect(template.render() == "Dat weet ik niet.")
    }

    @Test func commentLinesAreLeftOut() throws {
        let template = try template("# Uitleg voor de redactie: {onbekend} mag hier.\n{title}\n#nog een\nregel twee")
        #expect(template.render(["title": "T"]) == "T\nregel twee")
    }

    @Test func aHashInsideALineIsText() throws {
        #expect(try template("Nummer #1: {title}").render(["title": "T"]) == "Nummer #1: T")
    }

    @Test func doubledBracesAreLiteralBraces() throws {
        let template = try template("Schrijf {{title}} voor de titel: {title}; }}{{", allowed: ["title"])
        #expect(template.render(["title": "T"]) == "Schrijf {title} voor de titel: T; }{")
    }

    @Test func trailingEmptyLinesAreDropped() throws {
        #expect(try template("{title}\n\nregel\n\n  \n").render(["title": "T"]) == "T\n\nregel")
    }

    /// Prompt files edited on Windows end their lines with CR LF, which Swift
    /// reads as one Character, so splitting on "\n" finds no lines at all.
    @Test
    func windowsLineEndingsWorkLikeUnixOnes() throws {
        let rendered = try template("{title}\r\n# uitleg\r\nregel\r\n").render(["title": "T"])
        #expect(!rendered.contains("uitleg"), "the comment line is left out")
        #expect(rendered.hasPrefix("T") && rendered.hasSuffix("regel"))
        let error = try error("regel\r\n{fout}\r\n")
        guard case .unknownPlaceholder(_, let line, _, _) = error else {
            Issue.record("expected an unknown placeholder, got \(error)")
            return
        }
        #expect(line == 2)
    }

    @Test func valuesAreNotParsedAgain() throws {
        #expect(try template("{title}").render(["title": "{link} [[x]] # y"]) == "{link} [[x]] # y")
    }

    // MARK: - Errors

    @Test func anUnknownPlaceholderNamesFileLineAndTheAllowedOnes() throws {
        let error = try error("# commentaar\n{title}\nBron: {url}")
        guard case .unknownPlaceholder(let file, let line, let name, let allowed) = error else {
            Issue.record("expected an unknown placeholder, got \(error)")
            return
        }
        #expect(file == "nl/test.txt")
        #expect(line == 3)
        #expect(name == "url")
        #expect(allowed == ["link", "n", "publisher", "title"])
        let message = try #require(error.errorDescription)
        #expect(message.hasPrefix("nl/test.txt:3: unknown placeholder {url}"))
        #expect(message.contains("{link}"))
    }

    @Test func aFileWithoutPlaceholdersSaysSo() throws {
        let error = try error("Welkom, {naam}!", allowed: [])
        #expect(error.errorDescription?.contains("may use none") == true)
    }

    @Test(arguments: [
        ("Hallo {title", 1, "'{' without '}'"),
        ("regel\nHallo {title\n{link}", 2, "'{' without '}'"),
        ("a\nb }", 2, "'}' without '{'"),
        ("{title}\n\n[[ — {publisher}\n{link}", 3, "'[[' is never closed"),
        ("{title}]] — {link}", 1, "']]' without '[['"),
        ("[[a]]\n[[b]]]]", 2, "']]' without '[['"),
    ])
    func syntaxErrorsNameFileAndLine(source: String, line: Int, detail: String) throws {
        let error = try error(source)
        guard case .syntax(let file, let reportedLine, let reportedDetail) = error else {
            Issue.record("expected a syntax error, got \(error)")
            return
        }
        #expect(file == "nl/test.txt")
        #expect(reportedLine == line)
        #expect(reportedDetail.hasPrefix(detail))
        #expect(error.errorDescription?.hasPrefix("nl/test.txt:\(line): \(detail)") == true)
    }

    @Test func anEmptyPlaceholderIsUnknown() throws {
        let error = try error("{}")
        guard case .unknownPlaceholder(_, 1, "", _) = error else {
            Issue.record("expected an unknown placeholder, got \(error)")
            return
        }
    }

    @Test func lineNumbersCountCommentLines() throws {
        let error = try error("# een\n# twee\n# drie\n{fout}")
        guard case .unknownPlaceholder(_, let line, _, _) = error else {
            Issue.record("expected an unknown placeholder, got \(error)")
            return
        }
        #expect(line == 4)
    }
}
