import Foundation
import VraagbaakCore

/// The REPL's `:bronnen` and `:waarom`: the evidence behind the last answer,
/// for a person who wants to check it or an editor who wants to know why the
/// bot said what it said.
struct ReplExplanation {
    let vraagbaak: Vraagbaak
    let style: TerminalStyle

    /// Every source of the answer with the passage it was judged on.
    func sources(of answer: Answer) -> String {
        let prompts = vraagbaak.prompts(for: answer)
        guard !answer.sources.isEmpty else { return prompts.text("nothing-yet.txt") }
        return answer.sources.enumerated().map { number, source in
            let file = answer.answered ? "source-line.txt" : "related-line.txt"
            let line = style.bold(prompts.sourceLine(number + 1, source, file: file))
            return line + "\n" + indent(source.passage)
        }.joined(separator: "\n\n")
    }

    /// The confidence, how the question was read and the passages considered with their scores.
    func reasons(for answer: Answer, retrieval: RetrievalResult, followUp: Bool) -> String {
        let threshold = vraagbaak.composer.options.threshold
        var lines: [String] = []
        let verdict = answer.answered ? "beantwoord" : "niet beantwoord"
        lines.append(style.bold("Zekerheid") + ": \(format(answer.confidence)) (drempel \(format(threshold))): \(verdict)")
        if followUp {
            lines.append(style.bold("Vervolgvraag") + ": gelezen samen met de vorige vraag")
        }
        if let detail = answer.articleDetail {
            let asked = detail == .author ? "wie het schreef" : "wanneer het verscheen"
            let said = answer.answered ? "gezegd uit de gegevens van het artikel, niet geciteerd" : "de gegevens van het artikel zeggen het niet"
            lines.append(style.bold("Vraag over het artikel") + ": \(asked); \(said)")
        }
        let concepts = retrieval.query.concepts.map { concept in
            let alternatives = concept.alternatives.map { $0.terms.joined(separator: "+") }
            return "\(concept.surface) [\(alternatives.joined(separator: " | "))]"
        }
        lines.append(style.bold("Begrepen als") + ": " + (concepts.isEmpty ? "(geen zoekwoorden)" : concepts.joined(separator: ", ")))
        if !answer.referrals.isEmpty {
            lines.append(style.bold("Doorverwijzing") + ": " + answer.referrals.map(\.need.rawValue).joined(separator: ", "))
        }
        if retrieval.passages.isEmpty {
            lines.append("Geen passage gevonden.")
        } else {
            lines.append(style.bold("Overwogen passages") + ":")
            for (rank, ranked) in retrieval.passages.prefix(vraagbaak.composer.options.passagesConsidered).enumerated() {
                let passage = ranked.passage
                let heading = passage.heading.map { " (\($0))" } ?? ""
                lines.append(" \(rank + 1). \(passage.documentID) #\(passage.ordinal)\(heading)")
                lines.append(style.dim("    score \(format(ranked.score)) · bm25 \(format(ranked.bm25)) · dekking \(format(ranked.coverage)) · nabijheid \(format(ranked.proximity)) · titel \(format(ranked.titleMatch))"))
                if let document = vraagbaak.knowledge.document(id: passage.documentID) {
                    lines.append(indent(excerpt(passage.text(in: document))))
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }

    private func excerpt(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.count <= 30 ? words.joined(separator: " ") : words.prefix(30).joined(separator: " ") + " …"
    }

    private func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }
}
