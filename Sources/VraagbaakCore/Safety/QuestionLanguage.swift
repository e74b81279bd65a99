/// Tells an English question from a Dutch one, so an English speaker is
/// answered in English prompts (the quotes stay Dutch) instead of in a
/// language they may not read.
///
/// It counts function words that are common in one language and rare in the
/// other; words both languages share ("in", "is", "of" as in "of niet") do
/// not count. A question is English only when at least two English words
/// outnumber the Dutch ones, so a Dutch question with one English word
/// ("Wat is de deadline?") stays Dutch.
public enum QuestionLanguage {
    static let english: Set<String> = [
        "the", "what", "how", "who", "where", "when", "why", "which", "does", "do", "can", "could",
        "should", "would", "i", "my", "you", "your", "are", "were", "to", "for", "with",
        "about", "and", "this", "that", "there", "from", "have", "has", "get", "many", "much",
        "need", "please", "it", "a", "an", "at", "on", "be", "not", "am",
    ]
    static let dutch: Set<String> = [
        "de", "het", "een", "wat", "hoe", "wie", "waar", "wanneer", "waarom", "welke", "ik", "mijn",
        "je", "jij", "u", "uw", "zijn", "van", "voor", "met", "over", "en", "dit", "dat", "er", "naar",
        "heb", "heeft", "hebben", "krijg", "kan", "kun", "kunt", "moet", "hoeveel", "veel", "niet",
        "ook", "nog", "bij", "aan", "op", "te", "wordt", "worden", "mag", "wil", "graag", "mij", "me",
    ]

    /// The prompt language for a question: English or Dutch (the default).
    public static func of(_ question: String) -> PromptSet.Language {
        of(words: UrgentHelpDetector.words(of: question))
    }

    /// The same, from the question's words as `UrgentHelpDetector.words(of:)` gives them.
    static func of(words: [String]) -> PromptSet.Language {
        var englishCount = 0
        var dutchCount = 0
        for word in words {
            let isEnglish = english.contains(word)
            let isDutch = dutch.contains(word)
            if isEnglish && !isDutch { englishCount += 1 }
            if isDutch && !isEnglish { dutchCount += 1 }
        }
        return englishCount >= 2 && englishCount > dutchCount ? .english : .dutch
    }
}
