import Foundation
import Testing
@testable import VraagbaakCore

/// A knowledge folder under the system's temporary directory, removed when
/// the test that made it ends.
final class KnowledgeTestFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("vraagbaak-knowledge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    /// The articles written under "kennis/", with the index beside them.
    var knowledgeConfiguration: KnowledgeConfiguration {
        KnowledgeConfiguration(folder: url.appendingPathComponent("kennis"), indexPath: url.appendingPathComponent("index.sqlite").path)
    }

    func write(_ path: String, _ data: Data) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    func load() throws -> KnowledgeLoad {
        try KnowledgeLoader(folder: url).load()
    }
}

struct KnowledgeLoaderTests {
    private let article = """
        ---
        id: artikel
        title: "Een artikel"
        publisher: Sozio
        ---
        Eerste alinea van het artikel.
        """

    @Test func loadsMarkdownTextAndHTMLInSortedPathOrder() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("b.md", article)
        try folder.write("a.txt", "Korte titel\n\nDe tekst van het bericht.\n")
        try folder.write("nested/deeper/c.html", "<title>Pagina</title><p>Tekst uit HTML.</p>")
        try folder.write("nested/d.markdown", "# Kop van d\n\nTekst van d.")
        let load = try folder.load()
        #expect(load.problems.isEmpty)
        #expect(load.documents.map(\.path) == ["a.txt", "b.md", "nested/d.markdown", "nested/deeper/c.html"])
        #expect(load.documents.map(\.id) == ["a", "artikel", "d", "c"])
        #expect(load.documents.map(\.title) == ["Korte titel", "Een artikel", "Kop van d", "Pagina"])
        #expect(load.documents[1].publisher == "Sozio")
        #expect(load.documents[1].text == "Eerste alinea van het artikel.")
        #expect(load.documents[3].text == "Tekst uit HTML.")
    }

    @Test func titleFallsBackToTheId() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("zin.txt", "Dit is een hele zin en geen titel.\n")
        try folder.write("leeg.md", "---\nauthor: Iemand\n---\nOok dit is een zin.")
        let load = try folder.load()
        #expect(load.documents.map(\.title) == ["leeg", "zin"])
    }

    @Test func brokenFrontMatterIsReportedWithPathAndLineAndSkipped() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("goed.md", article)
        try folder.write("sub/kapot.md", "---\nid: kapot\ntitle: \"niet gesloten\n---\nTekst.")
        try folder.write("open.md", "---\nid: open\nTekst zonder einde.")
        let load = try folder.load()
        #expect(load.documents.map(\.id) == ["artikel"])
        #expect(load.problems.map(\.path) == ["open.md", "sub/kapot.md"])
        #expect(load.problems.map(\.line) == [1, 3])
        #expect(load.problems[1].description.hasPrefix("sub/kapot.md:3: broken front matter"))
    }

    @Test func unusableFilesAreReportedAndSkipped() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("goed.md", article)
        try folder.write("latin1.txt", Data([0x43, 0x61, 0x66, 0x0A, 0x63, 0x61, 0x66, 0xE9, 0x0A]))
        try folder.write("binair.txt", Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]))
        try folder.write("leeg.txt", "")
        try folder.write("alleen-front-matter.md", "---\nid: niets\n---\n\n  \n")
        let load = try folder.load()
        #expect(load.documents.map(\.id) == ["artikel"])
        let problems = Dictionary(uniqueKeysWithValues: load.problems.map { ($0.path, $0) })
        #expect(problems.count == 4)
        #expect(problems["latin1.txt"]?.reason.contains("UTF-8") == true)
        #expect(problems["latin1.txt"]?.line == 2)
        #expect(problems["binair.txt"]?.reason.contains("binary") == true)
        #expect(problems["leeg.txt"]?.reason.contains("empty") == true)
        #expect(problems["alleen-front-matter.md"]?.reason.contains("after its front matter") == true)
    }

    @Test func duplicateIdSkipsTheLaterFileAndNamesBoth() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("a/artikel.txt", "Tekst van de eerste.")
        try folder.write("b.md", article)
        let load = try folder.load()
        #expect(load.documents.map(\.path) == ["a/artikel.txt"])
        #expect(load.problems.count == 1)
        #expect(load.problems.first?.path == "b.md")
        #expect(load.problems.first?.reason.contains("'a/artikel.txt'") == true)
    }

    @Test func reservedAndHiddenFilesAreSkippedSilently() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("artikel.md", article)
        for reserved in ["synonyms.txt", "chrome.txt", "README.md", "sub/README.txt", ".verborgen.md",
                         "_concept.md", "_drafts/oud.md", ".git/x.txt", "plaatje.png", "data.json"] {
            try folder.write(reserved, "Dit is geen artikel.")
        }
        let load = try folder.load()
        #expect(load.documents.map(\.path) == ["artikel.md"])
        #expect(load.problems.isEmpty)
    }

    @Test func chromeFileAddsPatternsAndReportsBadOnes() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("artikel.md", article)
        try folder.write("chrome.txt", "# Site chrome\nAbonneer nu\nprefix:Advertentie\n/(unclosed/\n")
        let load = try folder.load()
        #expect(load.chromePatterns.matches("abonneer NU"))
        #expect(load.chromePatterns.matches("Advertentie: koop nu"))
        #expect(load.chromePatterns.matches("Om te reageren dien je eerst in te loggen."))
        #expect(load.problems == [KnowledgeProblem(
            path: "chrome.txt", line: 4,
            reason: "'/(unclosed/' is not a valid regular expression, so this pattern is ignored")])
    }

    @Test func missingFolderThrows() {
        let missing = URL(fileURLWithPath: "/tmp/vraagbaak-bestaat-niet-\(UUID().uuidString)")
        #expect(throws: KnowledgeError.folderNotFound(path: missing.path)) {
            try KnowledgeLoader(folder: missing).load()
        }
        #expect(KnowledgeError.folderNotFound(path: "kennis").localizedDescription
            == "The knowledge folder 'kennis' does not exist. Pass --knowledge with the folder that holds your .md, .txt or .html files.")
    }

    @Test func fileInsteadOfFolderThrows() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("artikel.md", article)
        let file = folder.url.appendingPathComponent("artikel.md")
        #expect(throws: KnowledgeError.notAFolder(path: file.path)) {
            try KnowledgeLoader(folder: file).load()
        }
    }

    @Test func folderWithoutDocumentsThrows() throws {
        let folder = try KnowledgeTestFolder()
        #expect(throws: KnowledgeError.noKnowledgeFiles(path: folder.url.path)) { try folder.load() }
        try folder.write("chrome.txt", "Menu")
        try folder.write("README.md", "# Uitleg")
        #expect(throws: KnowledgeError.noKnowledgeFiles(path: folder.url.path)) { try folder.load() }
        #expect(KnowledgeError.noKnowledgeFiles(path: "kennis/").localizedDescription
            == "No knowledge files in 'kennis/'. Pass --knowledge with the folder that holds your .md, .txt or .html files.")
    }
}
