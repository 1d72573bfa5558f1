/// "At a glance": the key figures, who was quoted, and how much the outlets disagree, as a
/// short list a reader takes in before the meeting starts.
enum AtAGlanceComposer {
    /// Figure rows shown at most; the rest are in "The numbers".
    static let maxFigureRows = 6
    /// Speakers named at most.
    static let maxSpeakers = 8

    static func markdown(_ content: BriefingContent) -> String {
        var items: [String] = []
        // Rows that several outlets report come first: they are what the briefing compares.
        let rows = content.figureRows.enumerated().sorted { a, b in
            let (x, y) = (a.element.cells.filter { !$0.isEmpty }.count, b.element.cells.filter { !$0.isEmpty }.count)
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
        for row in rows.prefix(maxFigureRows) {
            items.append("**\(MarkdownText.escape(row.label))** (" + MarkdownText.escapeInline(verdict(row.agreement), atLineStart: false) + "): "
                         + FigureTableComposer.evidence(row, dossier: content.dossier))
        }
        if rows.count > maxFigureRows {
            let more = rows.count - maxFigureRows
            items.append(MarkdownText.escapeInline("\(more) more \(more == 1 ? "quantity" : "quantities") in ", atLineStart: true) + "[The numbers](#the-numbers).")
        }
        if !content.panels.isEmpty {
            let speakers = content.panels.prefix(maxSpeakers).map { panel in
                MarkdownText.link(panel.name, to: "#" + panel.id) + " (" + MarkdownText.escapeInline(IndexComposer.list(panel.outlets), atLineStart: false) + ")"
            }
            var line = "**Quoted**: " + speakers.joined(separator: "; ")
            if content.panels.count > maxSpeakers { line += MarkdownText.escapeInline("; and \(content.panels.count - maxSpeakers) more", atLineStart: false) }
            items.append(line + ".")
        }
        let verdicts = content.figureRows.map(\.agreement.verdict)
        let disagree = verdicts.filter { $0 == .disagree }.count
        let unclear = verdicts.filter { $0 == .cannotCompare }.count
        let shared = content.panels.reduce(0) { $0 + $1.entries.filter { $0.outlets.count > 1 }.count }
        var differ = "\(disagree) \(disagree == 1 ? "figure on which the outlets disagree" : "figures on which the outlets disagree")"
        differ += ", \(unclear) that cannot be compared cleanly, and \(shared) \(shared == 1 ? "quotation" : "quotations") reported by more than one outlet"
        items.append("**Agreement**: " + MarkdownText.escapeInline(differ, atLineStart: false) + ": see [Where the outlets agree and differ](#where-the-outlets-agree-and-differ).")
        return "\n" + items.map { "- " + $0 + "\n" }.joined()
    }

    /// "disagree", "consistent", "cannot compare cleanly", "one source": the verdict as a word.
    static func verdict(_ agreement: FigureAgreement) -> String {
        agreement.lead.trimmingCharacters(in: ":.").lowercased()
    }
}
