import Foundation
import Testing
@testable import VraagbaakCore

/// `vraagbaak eval --compare` switches one step off per variant.
struct AblationVariantTests {
    @Test func eachRankingStepHasAVariantThatSwitchesItOff() throws {
        let defaults = RetrievalOptions()
        #expect(defaults.openingCoverageBoost > 0 && defaults.definitionOpeningBoost > 0 && defaults.query.documentReferences)
        #expect(AblationVariant.noOpeningCoverage.apply(to: defaults).openingCoverageBoost == 0)
        #expect(AblationVariant.noDefinitionOpening.apply(to: defaults).definitionOpeningBoost == 0)
        #expect(!AblationVariant.noDocumentReferences.apply(to: defaults).query.documentReferences)
        #expect(defaults.analysis.plurals && defaults.query.firstPersonVerbWeight > 0)
        #expect(!AblationVariant.noPlurals.apply(to: defaults).analysis.plurals)
        #expect(AblationVariant.noFirstPersonVerbs.apply(to: defaults).query.firstPersonVerbWeight == 0)
        #expect(defaults.query.strongVerbWeight > 0 && AblationVariant.noStrongVerbs.apply(to: defaults).query.strongVerbWeight == 0)
        #expect(defaults.query.compoundCompletionWeight > 0
            && AblationVariant.noCompoundCompletion.apply(to: defaults).query.compoundCompletionWeight == 0)
        #expect(AblationVariant.baseline.apply(to: defaults).openingCoverageBoost == defaults.openingCoverageBoost)
    }

    @Test func withoutDocumentReferencesNoWordNamesAnArticle() throws {
        let fixture = try IndexFixture()
        try fixture.build()
        let question = "Welke app noemt het artikel over jongerenwerkers in de wijk?"
        let on = try KnowledgeBase.open(fixture.configuration).analyze(question)
        #expect(on.concepts.contains { $0.namesDocument })
        var configuration = fixture.configuration
        configuration.retrieval = AblationVariant.noDocumentReferences.apply(to: configuration.retrieval)
        let off = try KnowledgeBase.open(configuration).analyze(question)
        #expect(!off.concepts.contains { $0.namesDocument })
        #expect(off.contextDocuments.isEmpty)
    }

    /// Only variants that change what is indexed get an index file of their own.
    @Test func rankingVariantsShareTheDefaultIndex() {
        for variant in [AblationVariant.noOpeningCoverage, .noDefinitionOpening, .noDocumentReferences, .noReranking] {
            #expect(variant.indexPath(besides: "/tmp/kennis.sqlite") == "/tmp/kennis.sqlite")
        }
        #expect(AblationVariant.noStemming.indexPath(besides: "/tmp/kennis.sqlite") == "/tmp/kennis.no-stemming.sqlite")
        #expect(AblationVariant.noPlurals.indexPath(besides: "/tmp/kennis.sqlite") == "/tmp/kennis.no-plurals.sqlite")
    }
}
