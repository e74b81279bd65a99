/// The Dutch Snowball stemmer (Martin Porter's original Dutch algorithm, published
/// on snowballstem.org as "dutch", now also known as "dutch_porter").
///
/// Why hand-written: linking libstemmer would add a system package to every install
/// of Vraagbaak, for one small algorithm. This is a direct Swift rendering of the
/// published algorithm description, checked against the complete official test
/// vocabulary (see `DutchStemmerTests`). It works on an array of Unicode scalars,
/// so each step is a few index comparisons rather than string slicing.
public struct DutchStemmer: Sendable {
    public init() {}

    /// Stems one lower-cased word.
    public func stem(_ word: String) -> String {
        var w = DutchWord(word)
        w.prelude()
        w.markRegions()
        w.step1()
        w.step2()
        w.step3a()
        w.step3b()
        w.step4()
        return w.postlude()
    }
}

/// The word being stemmed plus the algorithm's state (regions and the e-found flag).
/// "I" and "Y" are the algorithm's markers for i/y that act as consonants.
private struct DutchWord {
    var s: [Unicode.Scalar]
    /// Start of region R1 and R2 (scalar offsets); `s.count` when the region is empty.
    var p1 = 0
    var p2 = 0
    /// Set when step 2 removed an -e (used by -bar in step 3b).
    var eFound = false

    init(_ word: String) {
        s = Array(word.unicodeScalars)
    }

    // MARK: Prelude, regions and postlude

    /// Removes umlauts and acute accents, then marks consonantal i and y:
    /// initial y, y after a vowel, and i between vowels become Y and I.
    mutating func prelude() {
        for k in s.indices {
            switch s[k] {
            case "ä", "á": s[k] = "a"
            case "ë", "é": s[k] = "e"
            case "ï", "í": s[k] = "i"
            case "ö", "ó": s[k] = "o"
            case "ü", "ú": s[k] = "u"
            default: break
            }
        }
        if s.first == "y" { s[0] = "Y" }
        // Scan left to right; after a replacement, continue behind what was matched
        // (for "i" that includes the following vowel).
        var k = 0
        while k + 1 < s.count {
            if Self.isVowel(s[k]) {
                if s[k + 1] == "i", k + 2 < s.count, Self.isVowel(s[k + 2]) {
                    s[k + 1] = "I"
                    k += 3
                    continue
                }
                if s[k + 1] == "y" {
                    s[k + 1] = "Y"
                    k += 2
                    continue
                }
            }
            k += 1
        }
    }

    /// R1 starts after the first non-vowel that follows a vowel, but at least 3 letters
    /// in; R2 is the same rule applied again from the start of R1 (before that
    /// adjustment). Words shorter than 3 letters have empty regions.
    mutating func markRegions() {
        let n = s.count
        guard n >= 3 else {
            p1 = n
            p2 = n
            return
        }
        let r1 = regionStart(from: 0)
        p2 = regionStart(from: r1)
        p1 = max(r1, 3)
    }

    /// Position just past the first non-vowel that follows a vowel, from `start`.
    private func regionStart(from start: Int) -> Int {
        var k = start
        while k < s.count, !Self.isVowel(s[k]) { k += 1 }
        while k < s.count, Self.isVowel(s[k]) { k += 1 }
        return k < s.count ? k + 1 : s.count
    }

    /// Turns the I and Y markers back into i and y and builds the result.
    func postlude() -> String {
        var out = String.UnicodeScalarView()
        for c in s {
            switch c {
            case "I": out.append("i")
            case "Y": out.append("y")
            default: out.append(c)
            }
        }
        return String(out)
    }

    // MARK: Suffix steps

    /// Step 1: -heden → -heid (in R1); -en, -ene (en-ending); -s, -se when in R1
    /// and preceded by a valid s-ending (a non-vowel other than j).
    mutating func step1() {
        if hasSuffix("heden") {
            if inR1(suffixLength: 5) {
                s.removeLast(5)
                s.append(contentsOf: ["h", "e", "i", "d"] as [Unicode.Scalar])
            }
        } else if hasSuffix("ene") {
            enEnding(suffixLength: 3)
        } else if hasSuffix("en") {
            enEnding(suffixLength: 2)
        } else if hasSuffix("se") {
            sEnding(suffixLength: 2)
        } else if hasSuffix("s") {
            sEnding(suffixLength: 1)
        }
    }

    /// Step 2: delete -e in R1 after a non-vowel, then undouble.
    mutating func step2() {
        eEnding()
    }

    /// Step 3a: delete -heid in R2 when not preceded by c, then treat a
    /// preceding -en as an en-ending.
    mutating func step3a() {
        guard hasSuffix("heid"), inR2(suffixLength: 4), !precededBy("c", suffixLength: 4) else { return }
        s.removeLast(4)
        if hasSuffix("en") { enEnding(suffixLength: 2) }
    }

    /// Step 3b: derivational suffixes, all in R2.
    mutating func step3b() {
        if hasSuffix("end") || hasSuffix("ing") {
            // -end, -ing: delete; then delete a preceding -ig (in R2, not after e),
            // otherwise undouble.
            guard inR2(suffixLength: 3) else { return }
            s.removeLast(3)
            if hasSuffix("ig"), inR2(suffixLength: 2), !precededBy("e", suffixLength: 2) {
                s.removeLast(2)
            } else {
                undouble()
            }
        } else if hasSuffix("ig") {
            // -ig: delete if not preceded by e.
            if inR2(suffixLength: 2), !precededBy("e", suffixLength: 2) { s.removeLast(2) }
        } else if hasSuffix("lijk") {
            // -lijk: delete, then repeat the e-ending of step 2.
            if inR2(suffixLength: 4) {
                s.removeLast(4)
                eEnding()
            }
        } else if hasSuffix("baar") {
            if inR2(suffixLength: 4) { s.removeLast(4) }
        } else if hasSuffix("bar") {
            // -bar: only when step 2 removed an e.
            if inR2(suffixLength: 3), eFound { s.removeLast(3) }
        }
    }

    /// Step 4: undouble a vowel: in a word ending non-vowel + aa/ee/oo/uu + consonant
    /// (where the consonant is not I), drop one of the two vowels.
    mutating func step4() {
        let n = s.count
        guard n >= 4 else { return }
        let last = s[n - 1], vowel = s[n - 2]
        guard !Self.isVowel(last), last != "I",
              vowel == "a" || vowel == "e" || vowel == "o" || vowel == "u",
              s[n - 3] == vowel, !Self.isVowel(s[n - 4]) else { return }
        s.remove(at: n - 2)
    }

    // MARK: Shared endings

    /// The en-ending: delete the suffix if it is in R1, preceded by a non-vowel
    /// and not preceded by "gem"; then undouble.
    private mutating func enEnding(suffixLength len: Int) {
        let start = s.count - len
        guard inR1(suffixLength: len), start > 0, !Self.isVowel(s[start - 1]),
              !hasSuffix("gem", endingAt: start) else { return }
        s.removeLast(len)
        undouble()
    }

    /// The s-ending: delete the suffix if it is in R1 and preceded by a non-vowel other than j.
    private mutating func sEnding(suffixLength len: Int) {
        let start = s.count - len
        guard inR1(suffixLength: len), start > 0,
              !Self.isVowel(s[start - 1]), s[start - 1] != "j" else { return }
        s.removeLast(len)
    }

    /// The e-ending: delete a final e in R1 preceded by a non-vowel, record that,
    /// then undouble.
    private mutating func eEnding() {
        eFound = false
        guard hasSuffix("e"), inR1(suffixLength: 1), s.count >= 2,
              !Self.isVowel(s[s.count - 2]) else { return }
        s.removeLast()
        eFound = true
        undouble()
    }

    /// Undoubling: a word ending in kk, dd or tt loses its last letter.
    private mutating func undouble() {
        if hasSuffix("kk") || hasSuffix("dd") || hasSuffix("tt") { s.removeLast() }
    }

    // MARK: Helpers

    /// The vowels of the algorithm: a e i o u y è (the markers I and Y are consonants).
    static func isVowel(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a", "e", "i", "o", "u", "y", "è": return true
        default: return false
        }
    }

    /// Whether a suffix of `len` letters lies entirely in R1 / R2.
    private func inR1(suffixLength len: Int) -> Bool { s.count - len >= p1 }
    private func inR2(suffixLength len: Int) -> Bool { s.count - len >= p2 }

    /// Whether the letter before a suffix of `len` letters is `c`.
    private func precededBy(_ c: Unicode.Scalar, suffixLength len: Int) -> Bool {
        let k = s.count - len - 1
        return k >= 0 && s[k] == c
    }

    /// Whether the letters before `end` (default: the whole word) end with the ASCII `suffix`.
    private func hasSuffix(_ suffix: StaticString, endingAt end: Int? = nil) -> Bool {
        let end = end ?? s.count
        let n = suffix.utf8CodeUnitCount
        guard end >= n else { return false }
        return suffix.withUTF8Buffer { bytes in
            for k in 0..<n where s[end - n + k].value != UInt32(bytes[k]) { return false }
            return true
        }
    }
}
