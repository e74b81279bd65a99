import Foundation

/// Replaces personal data in a question with placeholders, so that a
/// question log can be kept without keeping who asked.
///
/// What is replaced, in this order (an earlier rule's placeholder holds no
/// digits, so a later rule never sees the same characters):
///
/// | kind | examples | placeholder |
/// |---|---|---|
/// | e-mail address | `jan@example.nl` | `[e-mail]` |
/// | IBAN, checked mod 97 | `NL91ABNA0417164300`, `NL91 ABNA 0417 1643 00` | `[IBAN]` |
/// | full date (taken as a date of birth) | `12-03-1985`, `12/3/1985`, `1985-03-12`, `12 maart 1985` | `[datum]` |
/// | Dutch phone number | `06-12345678`, `06 1234 5678`, `020-1234567`, `+31 6 12345678`, `0031 6 12345678` | `[telefoon]` |
/// | BSN, passing the 11-test | `111222333`, `111.222.333`, `1112 22 333` | `[BSN]` |
/// | postcode with house number | `1234 AB 12`, `1234AB 12a` | `[adres]` |
///
/// Numbers that are not personal stay: amounts (`140.000`, `€ 1.250,50`),
/// years (`2007`), percentages, short emergency and service numbers (`112`,
/// `113`, `0800-0113`, `0800-2000`) and service numbers of ten digits that
/// start with 0800 or 090x, which belong to organisations. A phone number
/// is ten digits starting with 0 (or +31/0031 and nine digits); nine digits
/// that fail the 11-test are not a BSN. The rules favour hiding: a full
/// date is replaced even when it is not a birthday. A postcode's letters
/// must be capitals when a space separates them from the digits, so that
/// "2007 en 2008" stays.
public struct PersonalDataRedactor: Sendable {
    /// The kinds of personal data, each with its placeholder.
    public enum Kind: String, Sendable, CaseIterable {
        case email = "[e-mail]"
        case iban = "[IBAN]"
        case date = "[datum]"
        case phone = "[telefoon]"
        case bsn = "[BSN]"
        case address = "[adres]"

        public var placeholder: String { rawValue }
    }

    public init() {}

    /// `text` with every piece of personal data replaced by its placeholder.
    public func redact(_ text: String) -> String {
        var result = text
        for rule in Self.rules {
            result = rule.apply(to: result)
        }
        return result
    }

    private static let months = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
        + "|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"

    private static let rules: [RedactionRule] = [
        RedactionRule(.email, #"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"#),
        RedactionRule(.iban, #"\b[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?\d{1,3})?\b"#,
                      accept: PersonalDataChecks.isIBAN),
        RedactionRule(.date, #"(?<![\d.,/-])(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\1(?:19|20)\d{2}(?![\d]|[.,]\d)"#),
        RedactionRule(.date, #"(?<![\d.,/-])(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?![\d]|[.,]\d)"#),
        RedactionRule(.date, #"(?<![\d.,])(?:0?[1-9]|[12]\d|3[01]) (?:\#(months))\.? (?:19|20)\d{2}\b"#),
        RedactionRule(.phone, #"(?:\+|\b00)31[ -]?(?:\(0\)[ -]?)?[1-9](?:[ -]?\d){8}(?![\d]|[.,]\d)"#),
        RedactionRule(.phone, #"(?<![\w+.,])(?:\(0\d{1,3}\)[ ]?|0)(?:[ -]?\d){6,9}(?![\w]|[.,]\d)"#,
                      accept: PersonalDataChecks.isDutchPhoneNumber),
        RedactionRule(.bsn, #"(?<![\w.,€])(?<!€ )(?:\d{9}|\d{3}[. ]\d{3}[. ]\d{3}|\d{4}[. ]\d{2}[. ]\d{3})(?![\w]|[.,]\d)"#,
                      accept: PersonalDataChecks.passesElevenTest),
        RedactionRule(.address, #"\b[1-9]\d{3}(?-i: ?[A-Z]{2}|[a-z]{2})[ ,]+\d{1,5}(?:-?[A-Za-z]\b)?(?![\d]|[.,]\d)"#),
    ]
}

/// One pattern and the check a match must pass to be replaced.
private struct RedactionRule: Sendable {
    let kind: PersonalDataRedactor.Kind
    let expression: CompiledExpression
    let accept: @Sendable (String) -> Bool

    init(_ kind: PersonalDataRedactor.Kind, _ pattern: String, accept: @escaping @Sendable (String) -> Bool = { _ in true }) {
        self.kind = kind
        // The patterns are constants of this file; a bad one is a programming error.
        expression = CompiledExpression(try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive]))
        self.accept = accept
    }

    func apply(to text: String) -> String {
        let whole = NSRange(text.startIndex..., in: text)
        let matches = expression.expression.matches(in: text, range: whole)
        guard !matches.isEmpty else { return text }
        var result = ""
        var copied = text.startIndex
        for match in matches {
            guard let range = Range(match.range, in: text), range.lowerBound >= copied else { continue }
            guard let accepted = acceptedPrefix(of: text[range]) else { continue }
            result += text[copied..<range.lowerBound]
            result += kind.placeholder
            copied = accepted.upperBound
        }
        result += text[copied...]
        return result
    }

    /// The match, or for an IBAN the longest part ending at a space that
    /// passes the check: "NL91 ABNA 0417 1643 00 12" is an IBAN and a 12.
    private func acceptedPrefix(of match: Substring) -> Range<String.Index>? {
        var candidate = match
        while true {
            if accept(String(candidate)) { return candidate.startIndex..<candidate.endIndex }
            guard kind == .iban, let space = candidate.lastIndex(of: " ") else { return nil }
            candidate = candidate[..<space]
        }
    }
}
