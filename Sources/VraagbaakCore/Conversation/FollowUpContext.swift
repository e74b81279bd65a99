/// What a follow-up question leans on while its answer is composed: the
/// answer said before it, how sure that answer was, and what the question
/// wants of it.
///
/// An elliptic question ("Vergeleken met wie?", "Hoeveel dagen werkt ze daar
/// nu?") shares few words with its answer, so its own coverage says little.
/// What a resident means is usually in or right next to what was just said;
/// this value lets the composer look there and trust it
/// (`AnswerComposer+FollowUp.swift`).
public struct FollowUpContext: Sendable {
    /// The sentences of the answer the question leans on (the anchors), in
    /// the order they were said.
    public var anchors: [String]
    /// That answer's confidence.
    public var anchorConfidence: Double
    /// Whether the question itself points back ("dat", "ze", an opening
    /// "en"), so that an answer in or next to the anchors may borrow their
    /// confidence. A question only read in context because it failed alone
    /// never borrows.
    public var pointsBack: Bool
    /// Whether the question asks the articles something they never mention:
    /// a word of its own, not a filler, that no passage or title holds ("En
    /// wat is zijn telefoonnummer?", "Is ze getrouwd?"). Then the anchors
    /// lend no confidence.
    public var asksAboutUnknownThing: Bool
    /// The question's own concepts that the articles hold but the previous
    /// answer does not, each as the index terms that may stand for it
    /// ("burgemeester" in "Wie is de burgemeester daar?", "kost" in "Hoeveel
    /// kost dat?"). An answer borrows no confidence when its sentence lacks
    /// one: the previous answer's neighbourhood does not speak of it.
    public var ownConcepts: [[String]]
    /// The words in which the question names the kind of answer it wants
    /// ("dagen" in "Hoeveel dagen werkt ze daar nu?"), as index terms. A
    /// sentence that holds them answers in the asked unit, which stands in
    /// for the question's other words ("nu ben ik er vijf dagen in de week").
    public var answerKinds: [[String]]
    /// Whether the question has nothing of its own to look for and asks
    /// about what was just said ("Klopt dat?", "Waarom?", "Hoezo?"): its
    /// answer is what the article says after the last of them, not the same
    /// sentences again.
    public var asksToContinue: Bool

    public init(
        anchors: [String], anchorConfidence: Double, pointsBack: Bool, asksAboutUnknownThing: Bool = false,
        ownConcepts: [[String]] = [], answerKinds: [[String]] = [], asksToContinue: Bool = false
    ) {
        self.anchors = anchors
        self.anchorConfidence = anchorConfidence
        self.pointsBack = pointsBack
        self.asksAboutUnknownThing = asksAboutUnknownThing
        self.ownConcepts = ownConcepts
        self.answerKinds = answerKinds
        self.asksToContinue = asksToContinue
    }

    /// No previous answer to lean on.
    public static let none = FollowUpContext(anchors: [], anchorConfidence: 0, pointsBack: false)
}
