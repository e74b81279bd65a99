import Foundation

/// The limits of the protocol server, each with its default. The front end
/// (`vraagbaak serve`) is the only place that changes them.
public struct ProtocolConfiguration: Sendable, Hashable {
    /// The longest request line, in bytes, without its newline. The default is 1 MiB (1,048,576).
    public var maximumLineLength = 1 << 20
    /// The longest question or search query, in characters. The default is 2,000.
    public var maximumQuestionLength = 2_000
    /// The most passages `search` returns. The default is 50; without `limit` it returns 10.
    public var maximumSearchLimit = 50
    /// The most sources `max_sources` may ask for. The default is 20.
    public var maximumSources = 20
    public var sessions = SessionPolicy()

    public init() {}
}
