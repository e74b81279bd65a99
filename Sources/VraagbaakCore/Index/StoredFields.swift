/// Reads the space-separated columns of the `passages` table over their
/// UTF-8 bytes. Every question reads up to 200 passages, and splitting
/// these strings Character by Character was most of the time of a question.
enum StoredFields {
    /// The words of `text` separated by single spaces.
    static func words(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var result: [String] = []
            result.reserveCapacity(bytes.count / 6)
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: " ") {
                if index > start {
                    result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                }
                start = index + 1
            }
            return result
        }
    }

    /// The integers of `text` (optionally negative) between any of `separators`;
    /// anything else ends the number it interrupts.
    static func integers(_ text: String, separators: Set<UInt8> = [UInt8(ascii: " ")]) -> [Int] {
        var result: [Int] = []
        var value = 0
        var negative = false
        var inNumber = false
        var previousWasSeparator = true
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                inNumber = true
                previousWasSeparator = false
            } else if byte == UInt8(ascii: "-") && previousWasSeparator && !inNumber && !separators.contains(byte) {
                negative = true
                previousWasSeparator = false
            } else {
                if inNumber { result.append(negative ? -value : value) }
                value = 0
                negative = false
                inNumber = false
                previousWasSeparator = separators.contains(byte)
            }
        }
        if inNumber { result.append(negative ? -value : value) }
        return result
    }
}
