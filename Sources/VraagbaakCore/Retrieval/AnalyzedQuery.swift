/// A question turned into what retrieval needs: its concepts, each with the
/// index terms that may stand for it, and the kind of answer it wants.
public struct AnalyzedQuery: Sendable {
    /// One content word of the question (or a phrase the thesaurus knows).
    public struct Concept: Sendable {
        /// How a concept may be written in a passage.
        public struct Alternative: Sendable {
            public enum Origin: String, Sendable { case question, compoundParts, compoundCompletion, typoCorrection, synonym, verbForm }
            /// Index terms that together stand for the concept.
            public var terms: [String]
            /// How much a match on this alternative counts, from 0 to 1.
            public var weight: Double
            public var origin: Origin

            /// A synonym of several words stands for the concept only when all
            /// of them are there: "ondersteuning" alone is not the Wmo, though
            /// "Wet maatschappelijke ondersteuning" is. The question's own
            /// words and a compound's parts count in part.
            public var countsOnlyWhole: Bool { origin == .synonym && terms.count > 1 }
        }

        /// The word as the resident wrote it, for explanations.
        public var surface: String
        public var alternatives: [Alternative]
        /// How much the concept matters to the question, 0 to 1: words of the
        /// story around a question and filler words ("volgens", "blog") count less.
        public var importance: Double = 1
        /// The number of words of the name this word belongs to ("Sociaal
        /// Werk Nederland": 3), 1 for a word outside a name.
        public var nameLength = 1
        /// Whether the word names the article the question asks about ("de
        /// blog over het granieten bestand"; `DocumentReference`): it leads
        /// retrieval to that article, but the answer need not hold it.
        public var namesDocument = false

        public var allTerms: [String] { alternatives.flatMap(\.terms) }
    }

    public var question: String
    public var concepts: [Concept]
    public var type: QuestionType
    /// The question's folded words, question words included.
    public var words: [String]
    /// Documents the conversation so far was about, with a score factor
    /// (above 1) that keeps follow-up questions on them.
    public var contextDocuments: [String: Double] = [:]
    /// The article the question names ("de blog over het granieten
    /// bestand"; `DocumentReference`), whose details (author, date) it may ask.
    public var namedDocument: String?
    /// What the question asks of what ("de directeur van Samen Doen"),
    /// when it asks that (`RelationalQuestion`).
    public var relation: RelationalQuestion?
    /// The set a share is asked of ("Hoeveel procent van de ggz-cliënten
    /// …?"), when the question asks that (`QuantifiedSet`).
    public var quantifiedSet: QuantifiedSet?

    public var allTerms: [String] {
        var seen = Set<String>()
        return concepts.flatMap(\.allTerms).filter { seen.insert($0).inserted }
    }
}
