/// Adds the verb of a Dutch past participle beside it, so "gestopt" meets
/// "stoppen" and "ingevoerd" meets "invoeren".
///
/// The Snowball stemmer leaves the participle's "ge-" and "-t"/"-d" alone
/// ("gestopt" stays "gestopt", "stoppen" becomes "stop"), while residents and
/// articles use either form: "Wat is er door corona gestopt?" against "dat
/// huisbezoeken stoppen". Regular (weak) participles are built as
/// [separable prefix] + "ge" + stem + "t" or "d" ("gekeurd", "opgehaald",
/// "georganiseerd"); this filter undoes that and keeps a guess only when the
/// knowledge base itself uses the verb form it leads to (an infinitive such
/// as "keuren" or "organiseren", or the present tense "keurt"), so words that
/// merely look like participles ("gezond", "gebied", "gemeenteraad") are left
/// as they are. The verb form is added as a derived token at the
/// participle's position and range, like the parts of a compound; the
/// stemmer that follows stems it like any other word.
///
/// Strong participles ("geschreven", "gekregen") change their vowel and are
/// not handled: they would need a word list.
public struct ParticipleFilter: TokenFilter {
    /// The surface words of the knowledge base.
    public var vocabulary: WordCounts

    /// Separable prefixes that stand before "ge": "op-ge-haald", "in-ge-voerd".
    static let separablePrefixes = [
        "aan", "achter", "af", "bij", "binnen", "door", "in", "los", "mee", "na", "om", "onder", "op", "over", "terug",
        "thuis", "toe", "uit", "vast", "voor", "weg",
    ]

    public init(vocabulary: WordCounts) {
        self.vocabulary = vocabulary
    }

    public func apply(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        for token in tokens {
            result.append(token)
            guard token.kind == .word, !token.isDerived, let verb = verb(of: token.text) else { continue }
            var derived = token
            derived.text = verb
            derived.isDerived = true
            result.append(derived)
        }
        return result
    }

    /// The verb form of the knowledge base that `word` is the participle of, if any.
    public func verb(of word: String) -> String? {
        guard word.count >= 6, let last = word.last, last == "t" || last == "d", !vocabulary.isEmpty else { return nil }
        for prefix in [""] + Self.separablePrefixes where word.hasPrefix(prefix + "ge") {
            let stem = String(word.dropFirst(prefix.count + 2).dropLast())
            guard stem.count >= 3, stem.allSatisfy(\.isLetter) else { continue }
            for candidate in Self.verbForms(of: stem) {
                let form = prefix + candidate
                if form != word, vocabulary.contains(form) { return form }
            }
        }
        return nil
    }

    /// The forms a weak verb with this stem may take: the infinitive (with
    /// the spelling changes of an open syllable: "stop" → "stoppen", "maak" →
    /// "maken", "leef" → "leven") and the present tense ("stopt").
    static func verbForms(of stem: String) -> [String] {
        var forms: [String] = []
        let letters = Array(stem)
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let lastLetter = letters[letters.count - 1]
        let beforeLast = letters[letters.count - 2]
        var infinitiveStem = stem
        if letters.count >= 3, !vowels.contains(lastLetter), vowels.contains(beforeLast),
            letters[letters.count - 3] == beforeLast {
            // A long vowel written double in a closed syllable is single in an open one: "maak" → "maken".
            infinitiveStem = String(letters[..<(letters.count - 2)]) + String(lastLetter)
        } else if !vowels.contains(lastLetter), vowels.contains(beforeLast),
            letters.count < 3 || !vowels.contains(letters[letters.count - 3]) {
            // A short vowel keeps its sound by doubling the consonant: "stop" → "stoppen".
            forms.append(stem + String(lastLetter) + "en")
        }
        let voiced: [Character: Character] = ["f": "v", "s": "z"]
        if let softer = voiced[lastLetter] {
            // "leef" → "leven", "reis" → "reizen".
            forms.append(String(infinitiveStem.dropLast()) + String(softer) + "en")
        }
        forms.append(infinitiveStem + "en")
        forms.append(stem + "t")
        return forms
    }
}
