import Foundation
import Testing

/// Text that tells a UTF-8 fast path from the `Character` behaviour it must
/// keep: diacritics precomposed and decomposed, curly quotes, no-break
/// spaces, emoji, CR LF, abbreviations, numbers, hyphens and apostrophes,
/// and every ASCII character beside a combining mark.
enum TrickyText {
    static let samples: [String] = [
        "",
        "Cliënten in de ggz krijgen één idee, ook naïef.",
        "Clie\u{0308}nten en cafe\u{0301} en e\u{0301}e\u{0301}n keer.",
        "‘Ik begon met een paar uurtjes,’ zegt ze. “Nu werk ik vijf dagen.” Klaar?",
        "Prijs:\u{00A0}€ 140.000 per jaar,\u{00A0}24/7 bereikbaar… Toch?",
        "Goed 👍🏽 gedaan! 👩‍👩‍👧 en 🇳🇱 vlaggen. Volgende zin.",
        "Regel een\r\nRegel twee\r\n\r\nRegel drie\rRegel vier\n",
        "Dat zijn o.a. gemeenten, bijv. Utrecht, enz. Daarna volgt M. de Vries.",
        "Het kost 140.000 euro, 2,5 procent of 1.250,75 (80%) en 24/7 zorg.",
        "Zo'n AWBZ-cliënten en dilemma's, ’s avonds en 't is laat. Jaren '80!",
        "kind- en gezinsgerichte zorg, er-op-af, covid-19 en e-mail - streepje -",
        "• Eerste punt\n- Tweede punt\n* Derde punt\n1. Genummerd punt",
        "ALLES IN HOOFDLETTERS. en alles klein. nog een zin",
        "Tab\there  and  double  spaces \u{2003}em-space\u{2028}line separator\u{2029}paragraph",
        "(Tussen haakjes. Nog steeds.) [Blok.] {Accolade!} «Guillemet.» ‹Enkel.›",
        "Aanhalingstekens \"recht. binnen\" en 'enkel. binnen' en „laag. binnen”.",
        "x\u{0301}y\u{0302}z a\u{20DD} 1\u{0301}2 .\u{0301} ,\u{0301} '\u{0301}s -\u{0301}a \u{0301}",
        "Hoeveel? In 2019 en 1998 was het mei; in de zomer van 2020 ook. Waarom? Omdat het kon.",
        "ĳsberen en ﬁne ligaturen, Ⅻ romeins, ٣ arabisch-indisch en ½ half.",
        "Wat is een mantelzorger? Dat betekent: iemand die zorgt.",
        "Slot zonder punt",
        "Arabisch \u{0600}a en \u{0600}\u{0301}b, \u{06DD}1 en \u{070F}x; hangul \u{1100}\u{1161}\u{11A8} 한국.",
        "Devanagari क्षत्रिय and ©\u{200D}© and ‼\u{FE0F} and ®\u{200D}‼ and \u{200D}a and a\u{200D}b.",
        "Latin-1 \u{0080}\u{0085}\u{0301} tab\t\u{0301} nul-free \u{00AD}soft \u{034F}cgj \u{061C}alm \u{0660}\u{0661}.",
        "Quotes \u{2018}x\u{2019} \u{201C}y\u{201D}\u{0308} dash\u{2013}\u{2014} \u{2026}\u{0301} €\u{20DD} \u{2028}\u{2029}\u{200B}\u{200C}\u{2060}.",
        String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }),
        String((0..<128).flatMap { [Character(Unicode.Scalar(UInt8($0))), "\u{0301}"] }),
        String((0..<128).flatMap { [Character(Unicode.Scalar(UInt8($0))), Character("é")] }),
        // Every common non-ASCII scalar alone, after an ASCII letter, before one, and beside a mark.
        commonScalarText { [" ", $0, " a", $0, "a", $0, "\u{0301} ", $0, $0, "\u{0308}"] },
        commonScalarText { [$0, "\r\n", $0, "\t", $0, "\u{0600}", $0] },
    ]

    private static func commonScalarText(_ pattern: (String) -> [String]) -> String {
        let values = Array(UInt32(0x80)..<0x800) + Array(UInt32(0x2000)..<0x2100)
        return values.compactMap(Unicode.Scalar.init).map { pattern(String($0)).joined() }.joined(separator: "|")
    }

    /// The bundled knowledge folder's Markdown files, in path order.
    static let knowledgeFiles: [(name: String, text: String)] = {
        let folder = RepositoryVraagbaak.knowledge
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().compactMap { name in
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { return nil }
            return (name, String(decoding: data, as: UTF8.self))
        }
    }()

    /// The samples and every bundled knowledge file, named for test output.
    static var all: [TrickySample] {
        samples.enumerated().map { TrickySample(name: "sample \($0.offset)", text: $0.element) }
            + knowledgeFiles.map { TrickySample(name: $0.name, text: $0.text) }
    }
}

/// A text under test with a short name, so a failing case is named, not printed whole.
struct TrickySample: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var testDescription: String { name }
}
