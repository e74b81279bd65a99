/// What `CharacterScanner` needs to know about the non-ASCII scalars that
/// Dutch text uses most (U+0080–U+07FF: accented letters, no-break space,
/// combining marks; U+2000–U+20FF: curly quotes, dashes, the ellipsis, the
/// euro sign), computed once from the standard library's own answers.
///
/// Per scalar: its traits as a `Character` by itself; whether it *stands
/// alone*, that is the standard library breaks between it and a following
/// "a" (false only for Prepend scalars, which join what follows); and
/// whether it *joins a preceding* "a" (Extend, ZWJ and SpacingMark scalars,
/// such as U+0301). No grapheme rule joins an ASCII character to a scalar
/// before or after it other than these, and none of the scalars here takes
/// part in the Hangul, Indic-conjunct, emoji or flag rules with another
/// one here, so the scanner can decide breaks around these scalars itself;
/// for any other scalar it asks the standard library.
struct CommonScalars: Sendable {
    private static let standsAloneBit: UInt16 = 1 << 8
    private static let joinsPreviousBit: UInt16 = 1 << 9
    private static let knownBit: UInt16 = 1 << 15

    private let entries: [UInt16]

    static let shared = CommonScalars()

    private init() {
        var entries = [UInt16](repeating: 0, count: 0x780 + 0x100)
        for value in UInt32(0x80)..<0x800 { entries[Int(value - 0x80)] = Self.entry(value) }
        for value in UInt32(0x2000)..<0x2100 { entries[0x780 + Int(value - 0x2000)] = Self.entry(value) }
        self.entries = entries
    }

    private static func entry(_ value: UInt32) -> UInt16 {
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        var entry = UInt16(CharacterTraits(of: Character(scalar)).rawValue) | knownBit
        if (String(scalar) + "a").count == 2 { entry |= standsAloneBit }
        if ("a" + String(scalar)).count == 1 { entry |= joinsPreviousBit }
        return entry
    }

    @inline(__always)
    private func entry(_ value: UInt32) -> UInt16 {
        if value >= 0x80, value < 0x800 { return entries[Int(value - 0x80)] }
        if value >= 0x2000, value < 0x2100 { return entries[0x780 + Int(value - 0x2000)] }
        return 0
    }

    /// The traits of `value` as a character by itself, when it is one of these scalars.
    @inline(__always)
    func traits(_ value: UInt32) -> CharacterTraits? {
        let entry = entry(value)
        return entry & Self.knownBit != 0 ? CharacterTraits(rawValue: UInt8(truncatingIfNeeded: entry)) : nil
    }

    /// Whether a character may end right after `value` when what follows does not join it.
    @inline(__always)
    func standsAlone(_ value: UInt32) -> Bool {
        entry(value) & Self.standsAloneBit != 0
    }

    /// Whether `value` is one of these scalars and never joins the character before it.
    @inline(__always)
    func startsCharacter(_ value: UInt32) -> Bool {
        let entry = entry(value)
        return entry & Self.knownBit != 0 && entry & Self.joinsPreviousBit == 0
    }
}
