import Foundation
import Testing
@testable import VraagbaakCore

/// A knowledge folder with one bad file of each kind beside good ones: each
/// bad file is reported with its path and reason, and every good file is
/// still indexed.
struct KnowledgeFolderRobustnessTests {
    private static let good = "---\nid: goed\ntitle: Goed\n---\nDe gemeente helpt bij schulden met een gesprek binnen vier weken.\n"

    /// Loads `folder` and builds an index of it; the good file must be in both.
    private func loadAndBuild(_ folder: KnowledgeTestFolder) throws -> (KnowledgeLoad, IndexBuildReport) {
        let load = try folder.load()
        let index = folder.url.deletingLastPathComponent().appendingPathComponent("index-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: index) }
        let report = try IndexBuilder().build(knowledge: folder.url, index: index)
        #expect(try IndexStore(openingReadOnly: index).document(id: "goed") != nil, "the good file is indexed")
        return (load, report)
    }

    @Test func everyKindOfBadFileIsReportedAndTheGoodOnesAreIndexed() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("goed.md", Self.good)
        try folder.write("leeg.md", "")
        try folder.write("binair.html", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]))
        try folder.write("cp1252.txt", Data("Caf".utf8) + Data([0xE9, 0x20, 0x80]))
        try folder.write("kapot.md", "---\nid: kapot\ntitle: 'niet gesloten\n---\nTekst.")
        try folder.write("open.md", "---\nid: open\nTekst zonder einde.")
        try folder.write("zonder-front-matter.md", "# Kop\n\nDit artikel heeft geen front matter en wordt gewoon gelezen.")
        try folder.write("dubbel.txt", "Nog een bestand met de id goed.")
        try folder.write("sub/goed.md", "---\nid: goed\n---\nZelfde id.")
        let (load, report) = try loadAndBuild(folder)
        let reasons = Dictionary(uniqueKeysWithValues: load.problems.map { ($0.path, $0.reason) })
        #expect(Set(reasons.keys) == ["leeg.md", "binair.html", "cp1252.txt", "kapot.md", "open.md", "sub/goed.md"])
        #expect(reasons["leeg.md"]?.contains("empty") == true)
        #expect(reasons["binair.html"]?.contains("binary") == true)
        #expect(reasons["cp1252.txt"]?.contains("UTF-8") == true)
        #expect(reasons["kapot.md"]?.contains("broken front matter") == true)
        #expect(reasons["open.md"]?.contains("never closed") == true)
        #expect(reasons["sub/goed.md"]?.contains("already used by 'goed.md'") == true)
        #expect(load.documents.map(\.id) == ["dubbel", "goed", "zonder-front-matter"])
        #expect(report.documents == 3)
        #expect(report.problems == load.problems)
    }

    @Test func aFileOverTheSizeLimitIsReportedAndSkippedWithoutBeingRead() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("goed.md", Self.good)
        // 50 MB of text, written in pieces so the test itself stays small in memory.
        let big = folder.url.appendingPathComponent("export.txt")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        let chunk = Data(String(repeating: "Dit is een heel lang exportbestand. ", count: 29_128).utf8)
        for _ in 0..<50 { handle.write(chunk) }
        try handle.close()
        let size = try #require(try FileManager.default.attributesOfItem(atPath: big.path)[.size] as? Int)
        #expect(size > 50_000_000)

        // Skipped on its size from `stat`, before any byte is read (speed is `vraagbaak bench`'s business).
        let (load, report) = try loadAndBuild(folder)
        #expect(load.problems.count == 1)
        #expect(load.problems.first?.path == "export.txt")
        #expect(load.problems.first?.reason.contains("files over 20 MB are skipped") == true)
        #expect(load.documents.map(\.id) == ["goed"])
        #expect(report.documents == 1)
    }

    @Test func aFileJustUnderTheLimitIsRead() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("goed.md", Self.good)
        try folder.write("kort.txt", "Een korte tekst.")
        #expect(try folder.load().documents.count == 2)
        #expect(KnowledgeLoader.maximumFileSize == 20 * 1024 * 1024)
    }

    @Test func symbolicLinksOutOfTheFolderAreReportedAndSkipped() throws {
        let outside = try KnowledgeTestFolder()
        try outside.write("geheim.md", "---\nid: geheim\n---\nDit staat buiten de kennismap.")
        try outside.write("map/ook-geheim.md", "---\nid: ook-geheim\n---\nOok buiten de kennismap.")
        let folder = try KnowledgeTestFolder()
        try folder.write("goed.md", Self.good)
        try folder.write("sub/echt.md", "---\nid: echt\n---\nEen echt artikel in een submap.")
        let manager = FileManager.default
        try manager.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("link-naar-buiten.md").path,
            withDestinationPath: outside.url.appendingPathComponent("geheim.md").path)
        try manager.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("map-buiten").path,
            withDestinationPath: outside.url.appendingPathComponent("map").path)
        try manager.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("relatief.md").path, withDestinationPath: "../../../etc/passwd.md")
        try manager.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("binnen.md").path, withDestinationPath: "sub/echt.md")
        try manager.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("lus").path, withDestinationPath: ".")

        let (load, _) = try loadAndBuild(folder)
        let reasons = Dictionary(uniqueKeysWithValues: load.problems.map { ($0.path, $0.reason) })
        #expect(Set(reasons.keys) == ["link-naar-buiten.md", "map-buiten", "relatief.md", "sub/echt.md"])
        #expect(reasons["link-naar-buiten.md"]?.contains("outside the knowledge folder") == true)
        #expect(reasons["map-buiten"]?.contains("outside the knowledge folder") == true)
        #expect(reasons["relatief.md"]?.contains("does not exist") == true)
        // A link inside the folder is read like any file (so here the file it points to has a duplicate id),
        // and the link back to the folder itself is walked once.
        #expect(reasons["sub/echt.md"]?.contains("already used by 'binnen.md'") == true)
        #expect(load.documents.map(\.path).sorted() == ["binnen.md", "goed.md"])
        #expect(!load.documents.map(\.id).contains("geheim"))
        #expect(!load.documents.map(\.id).contains("ook-geheim"))
        #expect(load.documents.map(\.id).contains("goed"))
    }

    @Test func aFileRemovedBetweenListingAndReadingIsReported() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("goed.md", Self.good)
        try folder.write("weg.md", "---\nid: weg\n---\nDit bestand verdwijnt.")
        let loader = KnowledgeLoader(folder: folder.url)
        var load = KnowledgeLoad(documents: [], problems: [], chromePatterns: .builtIn)
        let files = try loader.findFiles(problems: &load.problems)
        #expect(files.map(\.path) == ["goed.md", "weg.md"])
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("weg.md"))
        loader.read(files, into: &load)
        #expect(load.documents.map(\.id) == ["goed"])
        #expect(load.problems.count == 1)
        #expect(load.problems.first?.path == "weg.md")
        #expect(load.problems.first?.reason.hasPrefix("cannot be read") == true)
    }

    @Test(.disabled(if: getuid() == 0, "root reads every folder"))
    func anUnreadableSubfolderIsReportedAndTheRestLoads() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("goed.md", Self.good)
        try folder.write("dicht/a.md", "Tekst.")
        let closed = folder.url.appendingPathComponent("dicht").path
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: closed)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: closed) }
        let load = try folder.load()
        #expect(load.documents.map(\.id) == ["goed"])
        #expect(load.problems.map(\.path) == ["dicht"])
    }
}
