/// "Where the outlets agree and differ": the figure rows that several outlets report, with
/// the verdict and the evidence, and the quotations more than one outlet carries.
enum AgreementComposer {
    static func markdown(_ content: BriefingContent) -> String {
        var out = "\n### Figures\n\n"
        let compared = content.figureRows.filter { $0.agreement.verdict != .oneSource }
        if compared.isEmpty {
            out += "No figure is reported by more than one outlet.\n"
        } else {
            // Disagreements first: they are what a briefer must raise.
            let order: [FigureAgreement.Verdict] = [.disagree, .cannotCompare, .consistent]
            for verdict in order {
                for row in compared where row.agreement.verdict == verdict {
                    out += "- **\(MarkdownText.escape(row.label))**. " + FigureTableComposer.agreement(row.agreement)
                    out += " Reported: " + FigureTableComposer.evidence(row, dossier: content.dossier) + ".\n"
                }
            }
        }
        let single = content.figureRows.filter { $0.agreement.verdict == .oneSource }
        if !single.isEmpty {
            let rows = single.map { row in
                MarkdownText.escapeInline(row.label, atLineStart: false) + " (" + MarkdownText.escapeInline(IndexComposer.list(row.entries.map(\.outlet)), atLineStart: false) + ")"
            }
            out += "\nReported by one outlet only, so not compared: " + rows.joined(separator: "; ") + ".\n"
        }

        out += "\n### Quotations reported by more than one outlet\n\n"
        var shared: [String] = []
        for panel in content.panels {
            for entry in panel.entries where entry.outlets.count > 1 {
                let sources = entry.citations.map { citation in
                    MarkdownText.link(citation.outlet, to: content.articleLink(citation.report, anchor: citation.anchor))
                }
                shared.append("- " + MarkdownText.link(QuotePanelComposer.headingName(panel.name), to: "#" + panel.id) + ", "
                              + MarkdownText.escapeInline(QuotePanelComposer.quoted(entry.words) + (entry.kind == .partial ? " (partial)" : ""), atLineStart: false)
                              + ": " + sources.joined(separator: ", ") + "\n")
            }
        }
        out += shared.isEmpty ? "No outlet reports the same words as another.\n" : shared.joined()
        return out
    }
}
