import Foundation
import Testing
@testable import VraagbaakCore

struct DocumentCleanerTests {
    /// The repository's bundled knowledge folder: Tests/VraagbaakCoreTests/ → ../../knowledge.
    static let bundledKnowledge = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("knowledge")

    static let themeIntroduction = "Sociaal werk in de wijken en buurten wordt steeds belangrijker."

    struct SeedPage: Sendable, CustomTestStringConvertible {
        var id: String
        /// The start and end of the first and the last kept paragraph.
        var firstParagraph: (start: String, end: String)
        var lastParagraph: (start: String, end: String)
        var gone: [String]
        var testDescription: String { id }
    }

    static let seedPages: [SeedPage] = [
        SeedPage(
            id: "sociale-isolatie-past-sociaal-werk-niet",
            firstParagraph: ("Sociaal werk en isolatie: twee begrippen", "dan is het dat wel."),
            lastParagraph: ("Het sociaal werk is inmiddels toegevoegd", "minstens zo aanstekelijk."),
            gone: ["Themaoverzicht", "Sociale Basis & Preventie", "Hoofdthema's", "Blog",
                   "Trefwoorden: corona, isolatie, sociaal, virus",
                   "Om te reageren dien je eerst in te loggen.",
                   "Heb je nog geen profiel? Registreer dan eerst om een nieuw profiel aan te maken.",
                   "Ik wil delen", "Home", "Corona", "Over ons", "Sociaal werk in beeld", "Thema's", "Voor leden",
                   "Onze leden in kaartLid wordenContact Inloggen", "Ik wil delen:", "Sluiten"]
        ),
        SeedPage(
            id: "granieten-bestand-toch-niet-van-steen",
            firstParagraph: (themeIntroduction, "Transformatie!"),
            lastParagraph: ("Figulus is Latijn voor pottenbakker", "ook op een sokkel."),
            gone: ["Themaoverzicht", "Sociale Basis & Preventie", "Hoofdthema's", "Blog", "Marijke Vos",
                   "Om te reageren dien je eerst in te loggen.",
                   "Heb je nog geen profiel? Registreer dan eerst om een nieuw profiel aan te maken.",
                   "Ik wil delen", "Home", "Over ons", "Sociaal werk in beeld", "Thema's", "Voor leden",
                   "Onze leden in kaartLid wordenContact Inloggen", "Ik wil delen:", "Sluiten"]
        ),
        SeedPage(
            id: "voorbij-het-virus-vitaal-sociaal-werk",
            firstParagraph: ("We zijn al een jaar in de greep", "voor het sociaal werk in Nederland?"),
            lastParagraph: ("Voor meer informatie over dit onderzoek", "van Sterker sociaal werk:"),
            gone: ["Menu", "Terug", "Lees het volledige onderzoeksrapport."]
        ),
        SeedPage(
            id: "jongerenwerkers-geen-ambtenaren",
            firstParagraph: ("Het zit erop: de eerste coronazomer", "in hun in hun eigen wijk."),
            lastParagraph: ("Dus gemeenten: investeer in het jongerenwerk", "\"uit de crisis investeren\"."),
            gone: ["Themaoverzicht", "Sociale Basis & Preventie", "Hoofdthema's", "Blog",
                   "Om te reageren dien je eerst in te loggen.",
                   "Heb je nog geen profiel? Registreer dan eerst om een nieuw profiel aan te maken.",
                   "Ik wil delen", "Home", "Corona", "Over ons", "Sociaal werk in beeld", "Thema's", "Voor leden",
                   "Onze leden in kaartLid wordenContact Inloggen", "Ik wil delen:", "Sluiten"]
        ),
        SeedPage(
            id: "sociaal-werk-nederland-geeft-gemeenten-tips",
            firstParagraph: ("'Voor sommige (kwetsbare) burgers", "doet ze aanbevelingen aan gemeenten."),
            lastParagraph: ("Bron: Sociaal Werk Nederland", "Bron: Sociaal Werk Nederland"),
            gone: ["Vakbladvoor sociale professionals", "en het sociale domein",
                   "Naar homepage", "Reacties op dit artikel:", "- Nog geen reacties", "Nog geen reacties",
                   "Uw reactie, mening:", "Vul het volgende veld niet in:", "Naam:", "Email:", "Bericht:",
                   "Uw reactie is niet anoniem. Uw IP adres zal worden opgeslagen."]
        ),
    ]

    static func cleanBundled() throws -> CleaningResult {
        let load = try KnowledgeLoader(folder: bundledKnowledge).load()
        #expect(load.problems.isEmpty)
        return DocumentCleaner(patterns: load.chromePatterns).clean(load.documents)
    }

    static func texts(_ cleaned: CleanedDocument, kind: TextBlock.Kind? = nil) -> [Substring] {
        cleaned.blocks.filter { kind == nil || $0.kind == kind }.map { cleaned.document.text[$0.range] }
    }

    // MARK: - The bundled pages

    @Test(arguments: seedPages)
    func seedPageKeepsItsArticle(page: SeedPage) throws {
        let result = try Self.cleanBundled()
        let cleaned = try #require(result.documents.first { $0.document.id == page.id })
        let paragraphs = Self.texts(cleaned, kind: .paragraph)
        let first = try #require(paragraphs.first)
        let last = try #require(paragraphs.last)
        #expect(first.hasPrefix(page.firstParagraph.start) && first.hasSuffix(page.firstParagraph.end), "\(first)")
        #expect(last.hasPrefix(page.lastParagraph.start) && last.hasSuffix(page.lastParagraph.end), "\(last)")

        let kept = Self.texts(cleaned)
        for line in page.gone {
            #expect(!kept.contains { $0 == line }, "'\(line)' should be gone")
            if LineShape.wordCount(line) >= 2 {
                #expect(!kept.contains { $0.contains(line) }, "'\(line)' should be gone")
            }
        }
        #expect(Self.texts(cleaned, kind: .heading).first == Substring(cleaned.document.title))
        #expect(kept.filter { $0 == cleaned.document.title }.count == 1, "the title is kept once")
    }

    @Test func themeIntroductionIsKeptOnceInTheFirstDocumentById() throws {
        let result = try Self.cleanBundled()
        let holders = result.documents.filter { cleaned in
            Self.texts(cleaned).contains { $0.hasPrefix(Self.themeIntroduction) }
        }
        #expect(holders.map(\.document.id) == ["granieten-bestand-toch-niet-van-steen"])
        // Five paragraphs dropped from two pages, and three repeated headlines.
        #expect(result.duplicateBlocks == 13)
    }

    @Test func choiceOfKeeperDoesNotDependOnInputOrder() throws {
        let load = try KnowledgeLoader(folder: Self.bundledKnowledge).load()
        let forward = DocumentCleaner().clean(load.documents)
        let backward = DocumentCleaner().clean(load.documents.reversed())
        #expect(forward.documents == Array(backward.documents.reversed()))
    }

    @Test func headingsAndListItems() throws {
        let result = try Self.cleanBundled()
        let tips = try #require(result.documents.first { $0.document.id == "sociaal-werk-nederland-geeft-gemeenten-tips" })
        #expect(Self.texts(tips, kind: .heading) == [
            "Sociaal Werk Nederland geeft gemeenten tips", "Lastige dilemma's", "Nieuwe werkwijzen",
            "Doeners", "Urgente suggesties", "Uitgelezen kans",
        ])
        let items = Self.texts(tips, kind: .listItem)
        #expect(items.count == 9)
        #expect(items.first == "(Blijf) investeren in peutervoorzieningen voor een betere startpositie van alle kinderen, ook op de basisschool.")

        let virus = try #require(result.documents.first { $0.document.id == "voorbij-het-virus-vitaal-sociaal-werk" })
        #expect(Self.texts(virus, kind: .heading) == [
            "Voorbij het virus: Vitaal sociaal werk in tijden van corona",
            "EEN BERICHT VOOR HET SOCIAAL WERK IN NEDERLAND", "Meer informatie",
        ])
        #expect(Self.texts(virus, kind: .listItem).last == "Dr. Isolde Driesen (i.driesen@sterker.nl)")
    }

    @Test func blocksAreTrimmedOrderedAndDisjoint() throws {
        let result = try Self.cleanBundled()
        var keptLines = 0
        var sourceLines = 0
        for cleaned in result.documents {
            let text = cleaned.document.text
            var previousEnd = text.startIndex
            for block in cleaned.blocks {
                let quoted = text[block.range]
                #expect(!quoted.isEmpty)
                #expect(block.range.lowerBound >= previousEnd)
                #expect(quoted.first?.isWhitespace == false && quoted.last?.isWhitespace == false)
                #expect(!quoted.contains { $0.isNewline })
                if block.kind == .listItem { #expect(!["•", "*", "-"].contains(quoted.first!)) }
                previousEnd = block.range.upperBound
            }
            keptLines += cleaned.blocks.count
            sourceLines += text.split(whereSeparator: \.isNewline).filter { $0.contains { !$0.isWhitespace } }.count
        }
        #expect(keptLines + result.droppedChromeLines + result.duplicateBlocks == sourceLines)
    }

    @Test func userChromeFileRemovesLines() throws {
        let folder = try KnowledgeTestFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.bundledKnowledge.path) {
            try folder.write(name, Data(contentsOf: Self.bundledKnowledge.appendingPathComponent(name)))
        }
        try folder.write("chrome.txt", "# Lines of this site\nSo far, so good.\nprefix:Figulus is Latijn\n/twee gemeenten en twee .*/\n")
        let load = try folder.load()
        #expect(load.problems.isEmpty)
        let result = DocumentCleaner(patterns: load.chromePatterns).clean(load.documents)
        let all = result.documents.flatMap { Self.texts($0) }
        #expect(!all.contains("So far, so good."))
        let granieten = try #require(result.documents.first { $0.document.id == "granieten-bestand-toch-niet-van-steen" })
        #expect(Self.texts(granieten, kind: .paragraph).last?.hasPrefix("Bijzonder is hier dat de Sociale Dienst") == true)
    }

    // MARK: - Single rules

    private func clean(_ text: String, title: String = "Titel") -> [Substring] {
        let document = SourceDocument(id: "doc", title: title, path: "doc.txt", text: text)
        return Self.texts(DocumentCleaner().clean([document]).documents[0])
    }

    @Test func gluedChromeIsCutOffTheEnd() {
        let text = """
            Een eerste zin over het sociaal werk in de wijk.
            Hier sluiten we de deur, en dat is goed.Sluiten
            Een zin die eindigt met een deur die we sluiten
            Goed stuk over de wijk! Uw reactie is niet anoniem. Uw IP adres zal worden opgeslagen.
            Ik wil delen:Sluiten
            De laatste zin van het artikel staat hier.
            """
        #expect(clean(text) == [
            "Een eerste zin over het sociaal werk in de wijk.",
            "Hier sluiten we de deur, en dat is goed.",
            "Een zin die eindigt met een deur die we sluiten",
            "Goed stuk over de wijk!",
            "De laatste zin van het artikel staat hier.",
        ])
    }

    @Test func pageHeadAndFootGoButTheTitleStays() {
        let text = "Nieuws\nTitel\nDe eerste zin van het bericht staat hier.\nTussenkop\nNog een zin die lang genoeg is.\nDeel\nVolgende bericht"
        #expect(clean(text) == ["Titel", "De eerste zin van het bericht staat hier.", "Tussenkop", "Nog een zin die lang genoeg is."])
    }

    @Test func markdownHeadingsAndBulletsKeepTheirMarkersOutside() throws {
        let text = "## Een kop\nEen zin die bij de kop hoort en lang genoeg is.\n- een punt in de lijst.\n* nog een punt.\n• laatste punt."
        let document = SourceDocument(id: "doc", title: "Anders", path: "doc.md", text: text)
        let cleaned = DocumentCleaner().clean([document]).documents[0]
        #expect(cleaned.blocks.map(\.kind) == [.heading, .paragraph, .listItem, .listItem, .listItem])
        #expect(Self.texts(cleaned) == ["Een kop", "Een zin die bij de kop hoort en lang genoeg is.",
                                       "een punt in de lijst.", "nog een punt.", "laatste punt."])
    }
}

@Suite struct BuiltInRegexTests {
    /// The built-in regular expressions are matched as one alternation; it must
    /// say what matching each of them by itself says.
    @Test(arguments: [
        "Lees meer", "lees meer.", "LEES HIER VERDER", "Lees verder.", "Lees het hele artikel", "lees het volledige verslag.",
        "Lees meer over zorg", "lees", "Lees hier meer..", "", "x", "Lees het volledige onderzoeksrapport.",
        "Dit is een gewone zin over lees meer.", "Lees ‘meer’",
    ])
    func theAlternationMatchesAsEachExpressionAlone(line: String) throws {
        #expect(ChromePatterns.builtInRegexSources.count == 2)
        let alone = try ChromePatterns.builtInRegexSources.contains { source in
            let expression = try NSRegularExpression(pattern: "^(?:\(source))$", options: [.caseInsensitive])
            return expression.firstMatch(in: line, range: NSRange(line.startIndex..<line.endIndex, in: line)) != nil
        }
        var problems: [KnowledgeProblem] = []
        let onlyRegexes = ChromePatterns(
            parsing: ChromePatterns.builtInRegexSources.map { "/\($0)/" }.joined(separator: "\n"), path: "test", problems: &problems)
        #expect(problems.isEmpty)
        #expect(onlyRegexes.matches(line[...]) == alone)
    }
}
