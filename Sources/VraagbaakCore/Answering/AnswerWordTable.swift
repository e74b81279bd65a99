/// The detector's word lists (`AnswerTypeDetector.wordBits`) as a small
/// open-addressing table of words packed into two 64-bit integers, for
/// looking up lower-cased ASCII words from their bytes without making a
/// String. Every listed word is lower-case ASCII of at most 16 letters, so
/// packing (zero-padded) is exact and a look-up is two integer comparisons.
struct AnswerWordTable: Sendable {
    private struct Entry: Sendable {
        var low: UInt64
        var high: UInt64
        var bits: UInt8
    }

    private static let size = 256
    private var entries = [Entry?](repeating: nil, count: AnswerWordTable.size)

    init(_ words: [String: UInt8]) {
        for (word, bits) in words {
            let bytes = Array(word.utf8)
            precondition(bytes.count <= 16 && bytes.allSatisfy { (0x61...0x7A).contains($0) })
            let (low, high) = Self.pack(bytes[...])
            var slot = Self.slot(low, high)
            while entries[slot] != nil { slot = (slot + 1) % Self.size }
            entries[slot] = Entry(low: low, high: high, bits: bits)
        }
    }

    /// The bits of the word whose lower-cased bytes are `word`, 0 when it is in no list.
    func bits(of word: some Collection<UInt8>) -> UInt8 {
        guard word.count <= 16 else { return 0 }
        let (low, high) = Self.pack(word)
        var slot = Self.slot(low, high)
        while let entry = entries[slot] {
            if entry.low == low, entry.high == high { return entry.bits }
            slot = (slot + 1) % Self.size
        }
        return 0
    }

    private static func pack(_ bytes: some Collection<UInt8>) -> (UInt64, UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (offset, byte) in bytes.enumerated() {
            if offset < 8 { low |= UInt64(byte) << (8 * UInt64(offset)) } else { high |= UInt64(byte) << (8 * UInt64(offset - 8)) }
        }
        return (low, high)
    }

    private static func slot(_ low: UInt64, _ high: UInt64) -> Int {
        Int(truncatingIfNeeded: ((low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) >> 56) % size
    }
}
