import Foundation
import Testing
@testable import VraagbaakCore

/// Two small articles, written for these tests, in which elliptic follow-up
/// questions are answered in or right next to the answer before them.
final class FollowUpFixture {
    static let articles: [(path: String, text: String)] = [
        ("buurthuis.md", """
            ---
            id: buurthuis
            title: "Het buurthuis blijft nodig"
            ---
            Het buurthuis De Linde in Oosterwijk is al jaren de vaste ontmoetingsplek voor ouderen uit de wijk. Wekelijks komen er zo'n 60 ouderen over de vloer. Elke dinsdag koken vrijwilligers er een warme maaltijd voor wie wil aanschuiven. Ook de kinderen van de basisschool komen er graag, want na schooltijd is er huiswerkbegeleiding.

            Toch wil de gemeente het buurthuis De Linde volgend jaar sluiten. Ze denkt dat dat veel geld bespaart. In de praktijk blijkt dat niet zo te zijn, want de ouderen hebben dan vaker thuiszorg nodig. Belangrijker nog: de ouderen verliezen hun ontmoetingsplek en raken eenzaam. De wijkraad voert daarom actie tegen de sluiting van het buurthuis.

            Jongeren in Oosterwijk moeten twee keer zo lang zoeken naar een stageplek als studenten uit andere wijken. Het jongerenwerk werkt daarvoor samen met bedrijven en geeft sollicitatietrainingen. Vorig jaar vonden zo veertig jongeren een stageplek in de buurt, vaak bij winkels en garages.
            """),
        ("bibliotheek.md", """
            ---
            id: bibliotheek
            title: "Vrijwilligers in de bibliotheek"
            ---
            In de bibliotheek van Oosterwijk werken veel vrijwilligers mee, van jong tot oud. Neem Sanne, een vrijwilliger die de leesclub voor ouderen leidt. Ze begon met een uurtje per week, maar nu is ze er drie dagen per week. Ze werkt graag met ouderen, zegt ze. De bibliotheek werkt voor de leesclub samen met het buurthuis en de wijkraad.

            """),
    ]

    private let folder: KnowledgeTestFolder
    var vraagbaak: Vraagbaak

    init() throws {
        folder = try KnowledgeTestFolder()
        for article in Self.articles { try folder.write("kennis/\(article.path)", article.text) }
        let configuration = KnowledgeConfiguration(
            folder: folder.url.appendingPathComponent("kennis"),
            indexPath: folder.url.appendingPathComponent("index/kennis.sqlite").path)
        vraagbaak = try Vraagbaak(knowledge: try KnowledgeBase.open(configuration), promptsFolder: RepositoryVraagbaak.prompts)
    }

    /// Asks `questions` in one conversation and gives every answer.
    func conversation(_ questions: [String]) throws -> [Answer] {
        var conversation = Conversation()
        return try questions.map { try vraagbaak.ask($0, in: &conversation) }
    }

    /// The best-scoring sentence for the last of `questions`, asked in one
    /// conversation, scored as its answer was composed.
    func bestSentence(_ questions: [String]) throws -> String? {
        var conversation = Conversation()
        var retrieval: RetrievalResult?
        for question in questions { retrieval = try vraagbaak.askExplained(question, in: &conversation).retrieval }
        guard let retrieval, let followUp = conversation.last?.followUp else { return nil }
        let composer = vraagbaak.composer
        return composer.best(of: composer.candidates(retrieval, in: vraagbaak.knowledge, followUp: followUp), followUp)?.text
    }
}

/// Follow-up questions answered from what was just said
/// (`AnswerComposer+FollowUp.swift`, `FollowUpResolver.context`).
@Suite struct FollowUpAnswerTests {
    @Test func aVerificationQuestionIsAnsweredWithWhatFollowsTheAnswer() throws {
        let answers = try FollowUpFixture().conversation(["Waarom wil de gemeente het buurthuis De Linde volgend jaar sluiten?", "Klopt dat?"])
        #expect(answers[0].answer.contains("veel geld bespaart"))
        #expect(answers[1].answered)
        #expect(answers[1].answer.contains("In de praktijk blijkt dat niet zo te zijn"))
        // The claim itself scores higher on the question's words, but saying it again answers nothing.
        let best = try FollowUpFixture().bestSentence(["Waarom wil de gemeente het buurthuis De Linde volgend jaar sluiten?", "Klopt dat?"])
        #expect(best?.hasPrefix("In de praktijk blijkt dat niet zo te zijn") == true)
    }

    @Test func anEllipticQuestionBorrowsTheConfidenceOfTheAnswerItContinues() throws {
        let fixture = try FollowUpFixture()
        let answers = try fixture.conversation([
            "Hoeveel langer moeten jongeren in Oosterwijk zoeken naar een stageplek?", "Vergeleken met wie?",
        ])
        let share = fixture.vraagbaak.composer.options.followUpConfidenceShare
        #expect(answers[1].answered)
        #expect(answers[1].answer.contains("studenten uit andere wijken"))
        #expect(answers[1].confidence >= share * answers[0].confidence - 1e-9)
    }

    @Test(arguments: ["En wat is haar telefoonnummer?", "Is ze getrouwd?"])
    func aThingTheArticlesNeverMentionIsNotAnsweredFromTheConversation(question: String) throws {
        let answers = try FollowUpFixture().conversation(["Wie is Sanne?", question])
        #expect(answers[0].answered)
        #expect(!answers[1].answered)
    }

    @Test func aNumberNextToTheAnswerDoesNotAnswerForAThingItDoesNotName() throws {
        // Garages are in the other article; "drie dagen" stands right in Sanne's answer.
        let answers = try FollowUpFixture().conversation(["Wie is Sanne?", "Hoeveel garages zijn er daar?"])
        #expect(!answers[1].answered)
    }

    @Test func aNumberInTheAskedUnitAnswersWithoutTheQuestionsOtherWords() throws {
        let fixture = try FollowUpFixture()
        let answers = try fixture.conversation(["Wie is Sanne?", "Hoeveel dagen werkt ze daar nu?"])
        let share = fixture.vraagbaak.composer.options.followUpConfidenceShare
        #expect(answers[1].answer.contains("drie dagen per week"))
        #expect(answers[1].confidence >= share * answers[0].confidence - 1e-9)
    }

    @Test func aQuantityFollowUpTakesTheNumberNextToTheAnswer() throws {
        let fixture = try FollowUpFixture()
        let questions = ["Wat is De Linde?", "Hoeveel zijn dat er?"]
        let answers = try fixture.conversation(questions)
        #expect(!answers[0].answer.contains("60"))
        #expect(answers[1].answer.contains("60 ouderen"))
        // Quoting the number, it is as sure as the answer it continues.
        let share = fixture.vraagbaak.composer.options.followUpConfidenceShare
        #expect(answers[1].confidence >= share * answers[0].confidence - 1e-9)
        #expect(try fixture.bestSentence(questions)?.contains("60 ouderen") == true)
    }

    @Test func aBorrowedAnswerIsToldFromNextToThePreviousAnswerOnly() {
        func candidate(_ index: Int, _ offset: Int?) -> SentenceCandidate {
            SentenceCandidate(
                documentID: "d", passageRank: 0, passageID: 1, index: index, range: 0..<1, text: "\(index)", score: 1,
                wordCount: 5, anchorOffset: offset)
        }
        let candidates = [candidate(0, nil), candidate(1, -2), candidate(2, 0), candidate(3, 1), candidate(6, 3)]
        #expect(AnswerComposer.companions(from: candidates, borrowing: true).map(\.index) == [1, 2, 3])
        #expect(AnswerComposer.companions(from: candidates, borrowing: false).count == candidates.count)
    }

    // MARK: - Reading the question

    @Test(arguments: [
        ("Klopt dat?", false, true),
        ("Waarom?", false, true),
        ("Hoezo?", false, true),
        ("Vergeleken met wie?", false, false),
        ("En wat is haar telefoonnummer?", true, false),
        ("Is ze getrouwd?", true, false),
        ("Hoeveel dagen werkt ze daar nu?", false, false),
        ("En de bibliotheek?", false, false),
    ])
    func whatAFollowUpAsksOfThePreviousAnswer(question: String, unknownThing: Bool, continues: Bool) throws {
        let fixture = try FollowUpFixture()
        var conversation = Conversation()
        _ = try fixture.vraagbaak.ask("Wie is Sanne?", in: &conversation)
        let knowledge = fixture.vraagbaak.knowledge
        let context = FollowUpResolver().context(
            of: knowledge.analyze(question), leaningOn: conversation.last, pointsBack: true, in: knowledge)
        #expect(context.asksAboutUnknownThing == unknownThing)
        #expect(context.asksToContinue == continues)
        #expect(context.anchors == conversation.last?.answer.sentences.map(\.text))
    }

    @Test func whatTheQuestionAsksBeyondThePreviousAnswerIsLookedForInTheSentence() throws {
        let fixture = try FollowUpFixture()
        var conversation = Conversation()
        _ = try fixture.vraagbaak.ask("Wie is Sanne?", in: &conversation)
        let knowledge = fixture.vraagbaak.knowledge
        let context = FollowUpResolver().context(
            of: knowledge.analyze("Hoeveel dagen werkt ze daar nu?"), leaningOn: conversation.last, pointsBack: true,
            in: knowledge)
        // "werkt" is not in Sanne's answer; "dagen" names the kind of answer.
        #expect(context.ownConcepts.flatMap { $0 }.contains("werkt"))
        #expect(context.answerKinds.flatMap { $0 }.contains("dag"))
        #expect(AnswerComposer.holds([[1], [2]], orKinds: [], in: [1, 2, 3]))
        #expect(!AnswerComposer.holds([[1], [2]], orKinds: [], in: [1, 3]))
        #expect(AnswerComposer.holds([[1], [2]], orKinds: [[3]], in: [1, 3]))
        #expect(!AnswerComposer.holds([[1], [2]], orKinds: [[4]], in: [1, 3]))
    }

    @Test(arguments: [
        // (index, anchors, final, continues, offset)
        (3, [3], 3, false, 0 as Int?),
        (4, [1, 3], 3, false, 1),
        (2, [1, 3], 3, false, 1),
        (5, [3], 3, false, 2),
        (2, [1, 3], 3, true, -1),
        (4, [1, 3], 3, true, 1),
        (2, [1], nil, true, nil),
        (2, [], nil, false, nil),
    ] as [(Int, [Int], Int?, Bool, Int?)])
    func sentencesAreCountedFromTheNearestAnchorOrForMoreFromTheLast(
        index: Int, anchors: [Int], final: Int?, continues: Bool, offset: Int?
    ) {
        let followUp = FollowUpContext(anchors: ["x"], anchorConfidence: 1, pointsBack: true, asksToContinue: continues)
        #expect(AnswerComposer.anchorOffset(of: index, anchors: anchors, final: final, followUp) == offset)
    }
}
