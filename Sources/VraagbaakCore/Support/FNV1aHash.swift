/// FNV-1a, 64 bit: a fast hash for telling whether content changed and for
/// naming files. It detects change; it is no security measure, and it needs
/// no crypto package.
struct FNV1aHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func mix(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
    }

    /// The same for bytes in memory (a file's `Data`), without an iterator per byte.
    mutating func mix(_ bytes: UnsafeRawBufferPointer) {
        var value = value
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        self.value = value
    }

    var hexadecimal: String { String(value, radix: 16) }
}
