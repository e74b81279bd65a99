/// The date an article appeared, as a knowledge file's front matter gives it
/// ("2021-03", "2020", "2018-03-21"): only as precise as the file says, so
/// "2021-03" is said as "maart 2021" and never as a made-up day.
public struct PublicationDate: Sendable, Hashable {
    public var year: Int
    public var month: Int?
    public var day: Int?

    static let dutchMonths = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
        "december",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD", also with a time after it
    /// ("2021-03-15T10:00:00Z", which is said as the day); anything else
    /// gives nil.
    public init?(_ text: String) {
        let date = text.trimmingCharacters(in: .whitespaces).prefix { $0 != "T" && $0 != " " }
        let parts = date.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0])
        else { return nil }
        self.year = year
        if parts.count > 1 {
            guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.month = month
        }
        if parts.count > 2 {
            guard let day = Int(parts[2]), (1...31).contains(day) else { return nil }
            self.day = day
        }
    }

    /// "maart 2021", "21 maart 2018", "2020" (English: "March 2021", "21 March 2018").
    public func spoken(in language: PromptSet.Language) -> String {
        guard let month else { return String(year) }
        let names = language == .english ? Self.englishMonths : Self.dutchMonths
        let monthAndYear = "\(names[month - 1]) \(year)"
        return day.map { "\($0) \(monthAndYear)" } ?? monthAndYear
    }
}
