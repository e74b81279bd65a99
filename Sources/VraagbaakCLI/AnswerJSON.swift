import Foundation
import VraagbaakCore

/// The one JSON encoding of answers, shared by `ask --json` and the protocol.
public enum AnswerJSON {
    public static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
