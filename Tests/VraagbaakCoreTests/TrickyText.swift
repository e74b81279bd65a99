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
        String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }),
        String((0..<128).flatMap { [Character(Unicode.Scalar(UInt8($0))), "\u{0301}"] }),
        String((0..<128).flatMap { [Character(Unicode.Scalar(UInt8($0))), Character("é")] }),
    ]

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
