/// A kind of danger a question can signal. Each gets a referral before any
/// answer, whatever the articles say: a resident in danger must never have to
/// read past "dat weet ik niet" to find a phone number.
public enum UrgentNeed: String, Sendable, Codable, CaseIterable, Hashable {
    /// Acute danger to life or health: 112.
    case acuteDanger = "acute-danger"
    /// Domestic violence: Veilig Thuis, 0800-2000.
    case domesticViolence = "domestic-violence"
    /// Child abuse: Veilig Thuis, 0800-2000.
    case childAbuse = "child-abuse"
    /// Suicidal thoughts: 113 Zelfmoordpreventie, 113 or 0800-0113.
    case suicide

    /// The prompt file (in each language folder) with the referral text.
    public var promptFile: String { "urgent-\(rawValue).txt" }

    /// The trigger file in `prompts/urgent/`.
    public var triggerFile: String { "\(rawValue).txt" }
}
