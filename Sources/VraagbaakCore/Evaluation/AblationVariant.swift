/// One analysis or ranking step switched off, so its worth can be measured
/// beside the default (`vraagbaak eval --compare`).
public enum AblationVariant: String, Sendable, CaseIterable, Codable {
    case baseline = "default"
    case noStemming = "no-stemming"
    case noCompoundSplitting = "no-compounds"
    case noCompoundCompletion = "no-completion"
    case noParticiples = "no-participles"
    case noPlurals = "no-plurals"
    case noTypoCorrection = "no-typos"
    case noSynonyms = "no-synonyms"
    case noFirstPersonVerbs = "no-first-person"
    case noStrongVerbs = "no-strong-verbs"
    case noReranking = "no-reranking"
    case noOpeningCoverage = "no-opening"
    case noDefinitionOpening = "no-definition"
    case noDocumentReferences = "no-article-names"

    /// The retrieval options with this variant's step switched off.
    public func apply(to options: RetrievalOptions) -> RetrievalOptions {
        var options = options
        switch self {
        case .baseline: break
        case .noStemming: options.analysis.stemming = false
        case .noCompoundSplitting: options.analysis.compoundSplitting = false
        case .noCompoundCompletion: options.query.compoundCompletionWeight = 0
        case .noParticiples: options.analysis.participles = false
        case .noPlurals: options.analysis.plurals = false
        case .noTypoCorrection: options.query.typoCorrection = false
        case .noSynonyms: options.query.synonyms = false
        case .noFirstPersonVerbs: options.query.firstPersonVerbWeight = 0
        case .noStrongVerbs: options.query.strongVerbWeight = 0
        case .noReranking: options.reranking = false
        case .noOpeningCoverage: options.openingCoverageBoost = 0
        case .noDefinitionOpening: options.definitionOpeningBoost = 0
        case .noDocumentReferences: options.query.documentReferences = false
        }
        return options
    }

    /// Variants that change what is indexed need an index file of their own.
    public func indexPath(besides path: String) -> String {
        switch self {
        case .noStemming, .noCompoundSplitting, .noParticiples, .noPlurals:
            let base = path.hasSuffix(".sqlite") ? String(path.dropLast(7)) : path
            return "\(base).\(rawValue).sqlite"
        default:
            return path
        }
    }
}
