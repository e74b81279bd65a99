import Foundation

/// The one JSON encoding of answers, shared by `ask --json`, the other
/// commands' JSON output and the protocol server, so that `ask --json` and
/// `serve` produce the same object for the same answer.
public enum AnswerJSON {
    /// Sorted keys and unescaped slashes (URLs stay readable), on one line.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try makeEncoder().encode(value), as: UTF8.self)
    }
}
