import Foundation
@testable import VraagbaakCore

/// The repository root: this file is `Tests/VraagbaakCoreTests/TestFixtures.swift`,
/// three levels down.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

/// A small knowledge folder of three Dutch articles and an index path beside
/// it (never inside it), removed when the test ends.
final class IndexFixture {
    static let articles: [(path: String, text: String)] = [
        ("schuldhulp.md", """
            ---
            id: schuldhulp
            title: "Snelle hulp bij schulden"
            publisher: "Gemeente Voorbeeld"
            url: https://example.org/schuldhulp
            ---
            Wie schulden heeft, kan bij de gemeente terecht voor schuldhulpverlening. Een schuldhulpverlener bekijkt samen met u de inkomsten en de uitgaven. Binnen vier weken krijgt u een eerste gesprek.

            Mensen in de bijstand hebben vaker schulden dan anderen. De gemeente werkt daarom samen met het sociaal werk in de wijk.
            """),
        ("bijstand.md", """
            ---
            id: bijstand
            title: "Werk vinden vanuit de bijstand"
            publisher: "Sozio"
            ---
            Ongeveer 140.000 mensen zitten al meer dan vijf jaar in de bijstand. Zij hebben weinig kans op betaald werk. In Aalten helpt een sociaalwerkorganisatie hen met een persoonlijk ontwikkelplan.
            """),
        ("jongeren/jongerenwerk.md", """
            ---
            id: jongerenwerk
            title: "Jongerenwerkers in de wijk"
            ---
            Jongerenwerkers zijn dag en nacht bereikbaar via een app. Ze kennen de jongeren in de wijk en hun ouders. Volgens de gemeente voorkomt het jongerenwerk veel problemen op straat.
            """),
    ]
    /// Sentences in `articles`, counted by hand.
    static let sentenceCount = 11

    private let root: KnowledgeTestFolder
    var knowledge: URL { root.url.appendingPathComponent("kennis") }
    var indexPath: String { root.url.appendingPathComponent("index/kennis.sqlite").path }
    var configuration: KnowledgeConfiguration { KnowledgeConfiguration(folder: knowledge, indexPath: indexPath) }

    init() throws {
        root = try KnowledgeTestFolder()
        for article in Self.articles { try write(article.path, article.text) }
    }

    func write(_ path: String, _ text: String) throws {
        try root.write("kennis/\(path)", text)
    }

    @discardableResult
    func build() throws -> IndexBuildReport {
        try IndexBuilder().build(knowledge: knowledge, index: indexPath)
    }

    func open() throws -> IndexStore {
        try IndexStore(openingReadOnly: indexPath)
    }
}

/// A knowledge base of one article, in a temporary folder that goes when the test ends.
final class OneArticleKnowledge {
    private let folder: KnowledgeTestFolder
    let knowledge: KnowledgeBase

    init(_ name: String, _ text: String) throws {
        folder = try KnowledgeTestFolder()
        try folder.write("kennis/\(name)", text)
        knowledge = try KnowledgeBase.open(folder.knowledgeConfiguration)
    }
}

/// Vraagbaak over the repository's own `knowledge/` and `prompts/`, with its
/// index in a temporary folder that goes when the test ends.
final class RepositoryVraagbaak {
    static let knowledge = repositoryRoot.appendingPathComponent("knowledge")
    static let prompts = repositoryRoot.appendingPathComponent("prompts")

    private let indexFolder: KnowledgeTestFolder
    let vraagbaak: Vraagbaak

    init() throws {
        indexFolder = try KnowledgeTestFolder()
        let configuration = KnowledgeConfiguration(
            folder: Self.knowledge, indexPath: indexFolder.url.appendingPathComponent("index.sqlite").path)
        vraagbaak = try Vraagbaak(knowledge: try KnowledgeBase.open(configuration), promptsFolder: Self.prompts)
    }

    func ask(_ question: String) throws -> Answer {
        try vraagbaak.ask(question)
    }
}
