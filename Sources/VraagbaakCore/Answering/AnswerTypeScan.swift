/// `AnswerTypeDetector.types(of:)` in one pass over a sentence's UTF-8 bytes.
///
/// The detector's rules split the sentence into words several times and
/// fold each word into a new String; at index time that was a fifth of the
/// build. This pass reads every character once (`CharacterScanner`) and
/// keeps, for the two ways the rules cut words, just what they ask:
/// - letter-and-digit words (cut at anything else), folded, for the word
///   lists and the year test: an ASCII word is folded by lower-casing its
///   bytes, any other word by `TextFolding.fold`, as the rules do;
/// - space-separated words, for the inner capital: whether the first letter
///   is upper case and whether the word has more than one character.
/// A test compares the bits with `matches(_:sentence:)` on tricky text and
/// every sentence of the bundled knowledge.
enum AnswerTypeScan {
    static func types(of sentence: Substring) -> UInt8 {
        var sentenceBytes = sentence
        let asciiTraits = CharacterTraits.ofASCII
        let common = CommonScalars.shared
        return sentenceBytes.withUTF8 { bytes in
            var state = State(bits: Bits.shared)
            var offset = 0
            while offset < bytes.count {
                let character = CharacterScanner.isLoneASCII(bytes, at: offset)
                    ? ScannedCharacter(
                        start: offset, end: offset + 1, traits: asciiTraits[Int(bytes[offset])], scalar: UInt32(bytes[offset]))
                    : CharacterScanner.character(at: offset, in: bytes, of: sentence, common: common)
                state.read(character, bytes: bytes, sentence: sentence)
                offset = character.end
            }
            state.endWord(at: bytes.count, bytes: bytes, sentence: sentence)
            state.endSpacedWord()
            return state.bits
        }
    }

    /// The detector's constants, read once per sentence rather than once per character or word.
    private struct Bits {
        var quantity = AnswerTypeDetector.bit(of: .quantity)
        var time = AnswerTypeDetector.bit(of: .time)
        var name = AnswerTypeDetector.bit(of: .person) | AnswerTypeDetector.bit(of: .place)
        var wordBits = AnswerTypeDetector.wordBits
        var wordLengths = AnswerTypeDetector.wordLengths
        var wordFirstLetters = AnswerTypeDetector.wordFirstLetters
        var wordTable = AnswerTypeDetector.wordTable

        static let shared = Bits()
    }

    private struct State {
        let constants: Bits
        var bits: UInt8 = 0
        /// The letter-and-digit word being read: its start, and whether every character is one ASCII byte.
        var wordStart: Int?
        var wordIsASCII = true
        /// The space-separated word being read: characters so far, and whether its first letter (if any yet) is upper case.
        var spacedWordsDone = 0
        var spacedLength = 0
        var spacedFirstLetterUpper: Bool?

        init(bits: Bits) {
            constants = bits
        }

        mutating func read(_ character: ScannedCharacter, bytes: UnsafeBufferPointer<UInt8>, sentence: Substring) {
            let traits = character.traits
            if traits.contains(.number) { bits |= constants.quantity }
            if traits.contains(.letter) || traits.contains(.number) {
                if wordStart == nil {
                    wordStart = character.start
                    wordIsASCII = true
                }
                if character.ascii == nil { wordIsASCII = false }
            } else {
                endWord(at: character.start, bytes: bytes, sentence: sentence)
            }
            if character.ascii == 0x20 {
                endSpacedWord()
            } else {
                spacedLength += 1
                if spacedFirstLetterUpper == nil, traits.contains(.letter) {
                    spacedFirstLetterUpper = traits.contains(.uppercase)
                }
            }
        }

        mutating func endSpacedWord() {
            guard spacedLength > 0 else { return }
            if spacedWordsDone > 0, spacedFirstLetterUpper == true, spacedLength > 1 {
                bits |= constants.name
            }
            spacedWordsDone += 1
            spacedLength = 0
            spacedFirstLetterUpper = nil
        }

        mutating func endWord(at end: Int, bytes: UnsafeBufferPointer<UInt8>, sentence: Substring) {
            guard let start = wordStart else { return }
            wordStart = nil
            if wordIsASCII {
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if word.count == 4, word.allSatisfy({ (0x30...0x39).contains($0) }),
                   word[0] == 0x31 && word[1] == 0x39 || word[0] == 0x32 && word[1] == 0x30 {
                    bits |= constants.time
                }
                guard constants.wordLengths.contains(word.count) else { return }
                let first = (word[0] | 0x20) &- 0x61
                guard first < 26, constants.wordFirstLetters[word.count] & (1 << UInt32(first)) != 0 else { return }
                bits |= constants.wordTable.bits(of: word.lazy.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 })
            } else {
                let utf8 = sentence.utf8
                let lower = utf8.index(utf8.startIndex, offsetBy: start)
                let upper = utf8.index(utf8.startIndex, offsetBy: end)
                let folded = TextFolding.fold(String(sentence[lower..<upper]))
                if folded.count == 4, folded.allSatisfy(\.isNumber), folded.hasPrefix("19") || folded.hasPrefix("20") {
                    bits |= constants.time
                }
                bits |= constants.wordBits[folded] ?? 0
            }
        }
    }
}
