/// A file in the knowledge folder that could not be used as it is.
///
/// Problems are reported and the file is skipped (or partly used); they never
/// stop the other files from being indexed.
public struct KnowledgeProblem: Sendable, Hashable, CustomStringConvertible {
    /// The path relative to the knowledge folder.
    public var path: String
    /// The 1-based line the problem was found on, when there is one.
    public var line: Int?
    public var reason: String

    public init(path: String, line: Int? = nil, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String {
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }
}
