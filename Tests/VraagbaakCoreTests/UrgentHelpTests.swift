import Foundation
import Testing
@testable import VraagbaakCore

/// Questions that signal danger get a referral first, from the trigger and
/// referral files in the repository's `prompts/`; everyday questions do not.
@Suite struct UrgentHelpTests {
    static let detector: UrgentHelpDetector = {
        // A load failure must fail the tests, not leave a detector that finds nothing.
        try! UrgentHelpDetector.load(from: repositoryRoot.appendingPathComponent("prompts/urgent"))
    }()

    @Test(arguments: [
        ("Help, mijn ex staat voor de deur en heeft een mes", UrgentNeed.acuteDanger),
        ("ik ben in gevaar wat moet ik doen", .acuteDanger),
        ("Mijn man slaat me als hij gedronken heeft, waar kan ik heen?", .domesticViolence),
        ("waar meld ik huiselijk geweld", .domesticViolence),
        ("Ik durf niet naar huis want mijn vriend wordt boos", .domesticViolence),
        ("Ik denk dat het buurmeisje wordt mishandeld, kindermishandeling melden?", .childAbuse),
        ("Mijn stiefvader slaat mijn zoon", .childAbuse),
        ("Ik wil niet meer leven", .suicide),
        ("ik denk aan zelfmoord", .suicide),
        ("Ik zie het leven niet meer zitten sinds mijn baan weg is", .suicide),
        ("gedachten over suïcide bij jongeren", .suicide),
        ("I want to kill myself", .suicide),
    ])
    func eachTriggerFamilyIsRecognised(question: String, need: UrgentNeed) {
        #expect(Self.detector.needs(in: question).contains(need), "\(question)")
    }

    @Test(arguments: [
        "Wat is het granieten bestand?",
        "Is de sociale basis in gevaar door de bezuinigingen?",
        "Wie slaat de brug tussen jongeren en de gemeente?",
        "Hoe sla ik een formulier op?",
        "Mijn gegevens zijn misbruikt, wat nu?",
        "Hoeveel mensen leven van een uitkering?",
        "Wat doet het jongerenwerk in de zomer?",
        "Wanneer is het levensloopbeleid ingevoerd?",
    ])
    func everydayQuestionsDoNotTrigger(question: String) {
        #expect(Self.detector.needs(in: question).isEmpty, "\(question)")
    }

    @Test func theTriggerFilesOfTheRepositoryLoad() throws {
        let detector = try UrgentHelpDetector.load(from: repositoryRoot.appendingPathComponent("prompts/urgent"))
        #expect(detector.needs(in: "huiselijk geweld") == [.domesticViolence])
    }

    @Test func aMissingTriggerFileIsNamed() throws {
        let folder = try KnowledgeTestFolder()
        #expect(throws: PromptError.self) { try UrgentHelpDetector.load(from: folder.url) }
    }

    @Test func aPrefixWordMatchesEveryEnding() {
        let detector = UrgentHelpDetector(phrases: [.childAbuse: ["mishandel*"], .suicide: ["# comment", "  "]])
        #expect(detector.needs(in: "Ze is mishandeld.") == [.childAbuse])
        #expect(detector.needs(in: "mishandeling") == [.childAbuse])
        #expect(detector.needs(in: "handel") == [])
        #expect(detector.needs(in: "") == [])
    }

    @Test func matchingIgnoresCaseDiacriticsAndPunctuation() {
        let detector = UrgentHelpDetector(phrases: [.acuteDanger: ["acuut gevaar"]])
        #expect(detector.needs(in: "ACUUT, gevaar!") == [.acuteDanger])
        #expect(detector.needs(in: "acuut-gevaar") == [.acuteDanger])
        #expect(detector.needs(in: "gevaar acuut") == [])
    }

    @Test func theReferralComesFirstEvenWhenTheBotDoesNotAnswer() throws {
        let bot = try RepositoryVraagbaak()
        let answer = try bot.ask("Mijn partner slaat me, wat moet ik doen?")
        #expect(answer.referrals.map(\.need) == [.domesticViolence])
        let shown = bot.vraagbaak.prompts(for: answer).render(answer)
        #expect(shown.hasPrefix(bot.vraagbaak.prompts.referral(.domesticViolence)))
        #expect(shown.contains("0800-2000"))
    }

    @Test func anEverydayAnswerHasNoReferral() throws {
        let bot = try RepositoryVraagbaak()
        #expect(try bot.ask("Wat is het granieten bestand?").referrals.isEmpty)
    }
}
