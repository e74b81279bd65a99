import ArgumentParser
import Foundation
import VraagbaakCore

/// `vraagbaak serve`: JSON-RPC 2.0 (and MCP) over standard input and output.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Answer JSON-RPC 2.0 requests, one a line, on standard input and output.",
        discussion: """
            Reads one JSON request a line and writes one reply a line; methods are ask, search, sources, \
            stats, reload, ping and shutdown, and the MCP methods initialize, tools/list and tools/call. \
            Standard output carries protocol lines only; logs go to standard error. The server stops at \
            the end of input or on shutdown. See docs/protocol.md.
            """)

    @OptionGroup var options: KnowledgeOptions
    @OptionGroup var log: QuestionLogOptions

    @Option(name: .long, help: "Keep at most this many sessions; the least recently used goes first. The default is 1000.")
    var maxSessions: Int?

    @Option(name: .long, help: "Forget a session after this many minutes without a question. The default is 30.")
    var sessionMinutes: Double?

    func validate() throws {
        if let maxSessions, maxSessions < 1 { throw ValidationError("--max-sessions must be at least 1, not \(maxSessions).") }
        if let sessionMinutes, !(sessionMinutes > 0) {
            throw ValidationError("--session-minutes must be more than 0, not \(sessionMinutes).")
        }
    }

    func run() throws {
        var configuration = ProtocolConfiguration()
        if let maxSessions { configuration.sessions.maximumSessions = maxSessions }
        if let sessionMinutes { configuration.sessions.idleTimeout = sessionMinutes * 60 }
        // A client that closes its end must end the server quietly, not kill it with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let vraagbaak = try options.openVraagbaak()
        var server = ProtocolServer(vraagbaak: vraagbaak, configuration: configuration, logger: options.logger)
        server.questionLog = try log.open()
        options.logger.info("Serving JSON-RPC on standard input and output.")
        server.run()
    }
}
