import Foundation

/// Case and diacritic folding, so that "Cliënten", "clienten" and "CLIËNTEN"
/// are one word to retrieval.
public enum TextFolding {
    /// Lower-cases `text`, applies compatibility normalisation (so "ĳ" becomes
    /// "ij" and full-width letters become plain ones) and removes diacritics.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.lowercased()
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark:
                continue
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars).lowercased()
    }
}

/// The folding step of the analysis chain.
public struct FoldingFilter: TokenFilter {
    public init() {}

    public func apply(_ tokens: [Token]) -> [Token] {
        tokens.map { token in
            var token = token
            token.text = TextFolding.fold(token.text)
            return token
        }
    }
}
