/// The checksums that tell personal numbers from other numbers.
enum PersonalDataChecks {
    /// The Dutch 11-test for a BSN: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a
    /// multiple of 11 (and not zero). Separators are ignored.
    static func passesElevenTest(_ text: String) -> Bool {
        let digits = text.compactMap(\.wholeNumberValue)
        guard digits.count == 9 else { return false }
        var sum = 0
        for (index, digit) in digits.prefix(8).enumerated() { sum += (9 - index) * digit }
        sum -= digits[8]
        return sum != 0 && sum % 11 == 0
    }

    /// An IBAN: two letters, two check digits and up to 30 letters or digits,
    /// whose number (letters as 10…35, the first four characters moved to
    /// the end) leaves 1 when divided by 97. Spaces are ignored.
    static func isIBAN(_ text: String) -> Bool {
        let characters = Array(text.uppercased().filter { $0 != " " })
        guard (15...34).contains(characters.count) else { return false }
        var remainder = 0
        for character in characters[4...] + characters[..<4] {
            if let digit = character.wholeNumberValue, character.isASCII {
                remainder = (remainder * 10 + digit) % 97
            } else if let ascii = character.asciiValue, (65...90).contains(ascii) {
                remainder = (remainder * 100 + Int(ascii) - 55) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }

    /// A Dutch subscriber number of ten digits; the service numbers of
    /// organisations (0800, 0900, 0906, 0909) are not personal.
    static func isDutchPhoneNumber(_ text: String) -> Bool {
        let digits = String(text.filter { $0.isASCII && $0.isNumber })
        guard digits.count == 10, digits.hasPrefix("0") else { return false }
        return !["0800", "0900", "0906", "0909"].contains { digits.hasPrefix($0) }
    }
}
