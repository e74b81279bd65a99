import Testing
@testable import VraagbaakCore

struct FrontMatterReaderTests {
    private let reader = FrontMatterReader()

    @Test func readsPlainAndQuotedValues() throws {
        let text = """
            ---
            # A comment, then a blank line

            id: granieten
            title: "Granieten \\"bestand\\" toch niet\\tvan steen"
            publisher: 'Sociaal Werk Nederland''s blog'
            url: https://example.org/a#anchor  # the canonical link
            date: "2020-03"
            author: Marijke Vos
            kind: blog
            ---
            Eerste regel.
            """
        let result = try reader.read(text)
        let fields = try #require(result.fields)
        #expect(fields.id == "granieten")
        #expect(fields.title == "Granieten \"bestand\" toch niet\tvan steen")
        #expect(fields.publisher == "Sociaal Werk Nederland's blog")
        #expect(fields.url == "https://example.org/a#anchor")
        #expect(fields.date == "2020-03")
        #expect(fields.author == "Marijke Vos")
        #expect(result.body == "Eerste regel.")
    }

    @Test func withoutFrontMatterTheWholeTextIsBody() throws {
        let result = try reader.read("Gewoon tekst.\n---\nMeer tekst.")
        #expect(result.fields == nil)
        #expect(result.body == "Gewoon tekst.\n---\nMeer tekst.")
    }

    @Test func emptyAndNullValuesAreAbsent() throws {
        let result = try reader.read("---\nid:\nurl: null\ndate: ~\ntitle: ''\n---\nTekst.")
        #expect(result.fields == FrontMatterReader.Fields())
    }

    @Test func unicodeEscapeInDoubleQuotes() throws {
        let result = try reader.read("---\ntitle: \"Caf\\u00E9\"\n---\nTekst.")
        #expect(result.fields?.title == "Café")
    }

    @Test func windowsLineEndings() throws {
        let result = try reader.read("---\r\nid: a\r\ntitle: Titel\r\n---\r\nTekst.\r\n")
        #expect(result.fields?.id == "a")
        #expect(result.fields?.title == "Titel")
        #expect(result.body == "Tekst.\r\n")
    }

    @Test(arguments: [
        ("---\nid: a\ntitle: b\nTekst zonder afsluiting.", 1),
        ("---\nid: a\njust a sentence\n---\nTekst.", 3),
        ("---\nid: a\ntitle: \"never closed\n---\nTekst.", 3),
        ("---\ntitle: 'never closed\n---\nTekst.", 2),
        ("---\ntitle: \"closed\" but more\n---\nTekst.", 2),
        ("---\ntags:\n  - one\n---\nTekst.", 3),
        ("---\ntitle:no space\n---\nTekst.", 2),
        ("---\ntitle: \"bad \\q escape\"\n---\nTekst.", 2),
    ])
    func brokenFrontMatterNamesTheLine(text: String, line: Int) {
        #expect(throws: FrontMatterReader.Failure.self) { try reader.read(text) }
        do {
            _ = try reader.read(text)
        } catch {
            #expect(error.line == line, "\(error.reason)")
        }
    }
}
