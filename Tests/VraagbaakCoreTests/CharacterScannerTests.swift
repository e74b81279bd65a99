import Testing
@testable import VraagbaakCore

@Suite struct CharacterScannerTests {
    @Test(arguments: TrickyText.all)
    func scannedCharactersAreTheStringsCharacters(sample: TrickySample) {
        let text = sample.text
        let scanned = CharacterScanner.characters(text[...])
        let characters = Array(text)
        #expect(scanned.count == characters.count)
        var offset = 0
        for (scannedCharacter, character) in zip(scanned, characters) {
            let length = character.utf8.count
            #expect(scannedCharacter.start == offset && scannedCharacter.end == offset + length)
            #expect(scannedCharacter.traits == CharacterTraits(of: character), "\(character.unicodeScalars.map(\.value))")
            let utf8 = text.utf8
            #expect(text[utf8.index(utf8.startIndex, offsetBy: scannedCharacter.start)] == character)
            #expect(scannedCharacter.ascii == (character.unicodeScalars.count == 1 ? character.asciiValue : nil))
            let single = character.unicodeScalars.count == 1 ? character.unicodeScalars.first!.value : ScannedCharacter.severalScalars
            #expect(scannedCharacter.scalar == single)
            offset += length
        }
    }

    @Test(arguments: TrickyText.all)
    func aSubstringIsScannedFromItsOwnStart(sample: TrickySample) {
        let text = sample.text
        guard text.count > 4 else { return }
        let slice = text.dropFirst(2).dropLast(1)
        let scanned = CharacterScanner.characters(slice)
        #expect(scanned.count == slice.count)
        #expect(scanned.first?.start == 0)
    }

    @Test func scanningStopsWhenTheBodySaysSo() {
        var seen = 0
        CharacterScanner.scan("abcdef"[...]) { _ in
            seen += 1
            return seen < 3
        }
        #expect(seen == 3)
    }

    @Test func crLfIsOneCharacterAndALetterWithAMarkIsOne() {
        let scanned = CharacterScanner.characters("a\r\nb\u{0301}c"[...])
        #expect(scanned.map(\.start) == [0, 1, 3, 6])
        #expect(scanned[1].traits.contains(.newline) && scanned[1].scalar == ScannedCharacter.severalScalars)
        #expect(scanned[2].traits.contains(.letter) && scanned[2].ascii == nil)
        #expect(scanned[3].ascii == UInt8(ascii: "c"))
    }
}

/// The line functions of the cleaner and the title guess against the
/// `Character` versions they replaced.
@Suite struct LineShapeTests {
    /// Each sample whole and line by line, so that short lines are compared too.
    static let pieces: [String] = TrickyText.all.map(\.text).flatMap { text in
        [text] + text.split(whereSeparator: \.isNewline).map(String.init)
    }

    @Test func comparisonKeysEqualTheCharacterVersion() {
        for piece in Self.pieces {
            #expect(LineShape.comparisonKey(piece[...]) == ReferenceLineShape.comparisonKey(piece), "\(piece)")
        }
    }

    @Test func wordCountsEqualTheCharacterVersion() {
        for piece in Self.pieces {
            #expect(LineShape.wordCount(piece[...]) == ReferenceLineShape.wordCount(piece), "\(piece)")
        }
    }

    @Test func sentencePunctuationEqualsTheCharacterVersion() {
        for piece in Self.pieces {
            #expect(LineShape.hasSentencePunctuation(piece[...]) == ReferenceLineShape.hasSentencePunctuation(piece), "\(piece.unicodeScalars.prefix(300).map { String($0.value, radix: 16) })")
        }
    }

    @Test(arguments: TrickyText.all)
    func linesEqualTheCharacterVersion(sample: TrickySample) {
        let text = sample.text
        let lines = SourceLine.lines(in: text)
        let reference = ReferenceLineShape.lines(in: text)
        #expect(lines.map { text[$0.range] } == reference.map(\.line))
        #expect(lines.map { text[$0.nextLineStart...] } == reference.map(\.next))
        #expect(lines.map(\.number) == Array(lines.indices.map { $0 + 1 }))
    }

    @Test(arguments: TrickyText.all)
    func linesWhileArePrefixesOfAllLines(sample: TrickySample) {
        let text = sample.text
        let all = SourceLine.lines(in: text)
        for stop in [1, 2, 3, 10] {
            let head = SourceLine.lines(in: text) { $0.number < stop }
            #expect(head.map(\.range) == all.prefix(stop).map(\.range))
            #expect(head.map(\.nextLineStart) == all.prefix(stop).map(\.nextLineStart))
        }
    }
}

@Suite struct MarkScalarTests {
    /// Every ASCII character and every non-ASCII mark the scanners compare with.
    static let marks: Set<Character> = Set((0..<128).map { Character(Unicode.Scalar(UInt8($0))) })
        .union("‘’“”„‟‚‛«»‹›…•◦▪‣–—\u{2010}\u{2011}\u{02BC}")

    /// A scalar that `Character` equality takes for a mark must have that mark as its `markScalar`.
    @Test func everyScalarEqualToAMarkMapsToIt() {
        var found: [UInt32: UInt32] = [:]
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            guard Self.marks.contains(character) else { continue }
            let mark = Self.marks.first { $0 == character }!.unicodeScalars.first!.value
            let scanned = ScannedCharacter(start: 0, end: 1, traits: [], scalar: value)
            #expect(scanned.markScalar == mark, "U+\(String(value, radix: 16))")
            if value != mark { found[value] = mark }
        }
        #expect(found == [0x037E: 0x3B, 0x1FEF: 0x60, 0x212A: 0x4B])
    }
}

@Suite struct LineFactsTests {
    /// The one-pass facts equal the separate line functions and the Character checks.
    @Test func factsEqualTheSeparateFunctions() {
        for piece in LineShapeTests.pieces {
            let facts = LineFacts(piece[...])
            #expect(facts.key == ReferenceLineShape.comparisonKey(piece), "\(piece)")
            #expect(facts.words == ReferenceLineShape.wordCount(piece), "\(piece)")
            #expect(facts.hasSentencePunctuation == ReferenceLineShape.hasSentencePunctuation(piece), "\(piece)")
            #expect(facts.hasLetterOrNumber == piece.contains { $0.isLetter || $0.isNumber }, "\(piece)")
        }
    }
}
