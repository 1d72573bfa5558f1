/// Writes the briefing's "The numbers" section: one `table` directive per theme, each
/// wrapped in a `table-scroll` div so a wide table scrolls on its own on a narrow screen
/// instead of the page. Every cell is the outlets' words, escaped, with the hedge in
/// emphasis and a link to the passage on the article page; an "At a glance" column draws the
/// row's values on one axis where they can share one (`FigureChartComposer`); the last column
/// says in words whether the outlets agree, chart or not.
enum FigureTableComposer {
    static func markdown(for reports: [ReportFigures], in dossier: Dossier) -> String {
        markdown(tables: FigureTable.tables(for: reports), reports: reports, in: dossier)
    }

    /// The section body (the briefing writes the heading) from tables already built.
    static func markdown(tables: [FigureTable], reports: [ReportFigures], in dossier: Dossier) -> String {
        let unclassified = reports.reduce(0) { $0 + $1.figures.filter { $0.quantity == .unclassified }.count }
        var out = "\n"
        guard !tables.isEmpty else {
            out += "No figure in these reports measures something the tables track (deaths, displacement, refugees, evacuations, aid, or how long the conflict, a siege or a truce has lasted)."
            return out + (unclassified > 0 ? " \(otherNumbers(unclassified))\n" : "\n")
        }
        out += "Each figure as the outlet wrote it, its hedge in italics, linked to the passage in the report. "
        out += "The Agreement column says whether the values the figures allow can all be true at once: a number without a hedge "
        out += "is allowed its rounding (at most 5%), \u{201C}about\u{201D} 10% either way, \u{201C}almost\u{201D} up to 10% below, "
        out += "\u{201C}as many as\u{201D} anything up to the number, \u{201C}over\u{201D} anything above it."
        if tables.contains(where: { $0.rows.contains { FigureChartComposer.markdown(for: $0) != nil } }) {
            out += " The At a glance column draws those values on one axis, a row per figure: a hatched bar for a range, a dot on a "
            out += "thin line for a number and its rounding; a cap marks an end the figure allows, a ring just inside an end it "
            out += "excludes, an arrow an end it leaves open or that runs past the axis. Where no one vertical line crosses every "
            out += "bar, the figures cannot all hold."
        }
        out += "\n"
        for table in tables {
            out += "\n::: {.table-scroll}\n\n" + self.table(table, dossier: dossier) + "\n:::\n"
        }
        if unclassified > 0 { out += "\n\(otherNumbers(unclassified))\n" }
        return out
    }

    static func otherNumbers(_ count: Int) -> String {
        "\(count) other \(count == 1 ? "number measures" : "numbers measure") nothing these tables track; the command dossier figures lists every number with its place in the text."
    }

    /// One theme's table as a `table` directive.
    static func table(_ table: FigureTable, dossier: Dossier) -> String {
        let id = "figures-" + Slug.make(table.theme.title)
        let charts = table.rows.map(FigureChartComposer.markdown)
        let hasCharts = charts.contains { $0 != nil }
        var out = "```table {.figures\(hasCharts ? " .with-chart" : "") #\(id)}\n"
        out += "caption: \(MarkdownText.escape(table.theme.title)): \(MarkdownText.escape(table.theme.scope)), as each outlet reports them\n"
        out += "| Quantity | " + table.outlets.map { MarkdownText.escape($0) }.joined(separator: " | ")
        out += (hasCharts ? " | At a glance" : "") + " | Agreement |\n"
        out += "|" + String(repeating: "---|", count: table.outlets.count + (hasCharts ? 3 : 2)) + "\n"
        for (row, chart) in zip(table.rows, charts) {
            out += "| \(MarkdownText.escape(row.label)) | "
            out += row.cells.map { cell(entries: $0, dossier: dossier) }.joined(separator: " | ")
            if hasCharts { out += " | " + (chart ?? "") }
            out += " | \(agreement(row.agreement)) |\n"
        }
        return out + "```\n"
    }

    /// "[*As many as* 600](articles/us-news.html#f-3)", several joined by "; ", or "—".
    static func cell(entries: [FigureTable.Entry], dossier: Dossier) -> String {
        guard !entries.isEmpty else { return "\u{2014}" }
        return entries.map { entry($0, dossier: dossier) }.joined(separator: "; ")
    }

    static func entry(_ entry: FigureTable.Entry, dossier: Dossier) -> String {
        let figure = entry.figure
        var words = MarkdownText.escape(figure.text)
        if let hedge = figure.hedge, figure.text.hasPrefix(hedge.text) {
            let rest = String(figure.text.dropFirst(hedge.text.count))
            words = "*\(MarkdownText.escape(hedge.text))*" + MarkdownText.escapeInline(rest, atLineStart: false)
        }
        var out = words
        if let id = entry.anchorID {
            let page = SitePaths.relative(from: dossier.paths.briefing, to: dossier.paths.article(entry.report))
            out = "[\(words)](\(MarkdownText.destination(page + "#" + id)))"
        }
        var notes: [String] = []
        if let malformation = figure.malformation {
            out += " **\u{26A0} malformed**"
            if let reading = malformation.obviousReading { notes.append("probably \(reading)") }
        } else if let reading = FigureWording.reading(of: figure) {
            notes.append(reading)
        }
        if figure.isIncrement { notes.append(figure.unit.dimension == .duration ? "extension" : "addition") }
        if figure.role == .headline { notes.append("headline") }
        if figure.role == .dek { notes.append("standfirst") }
        if !notes.isEmpty { out += " (" + MarkdownText.escapeInline(notes.joined(separator: "; "), atLineStart: false) + ")" }
        return out
    }

    /// "U.S. News & World Report: [*As many as* 600]; The Week: [hundreds] (headline), [*Over* 600]":
    /// a row's figures grouped by outlet, each linked to its passage, for the briefing's summaries.
    static func evidence(_ row: FigureTable.Row, dossier: Dossier) -> String {
        var outlets: [String] = []
        var byOutlet: [String: [String]] = [:]
        var seen: Set<[String]> = [] // (outlet, words): linear however many figures a row holds
        for entry in row.entries {
            let written = self.entry(entry, dossier: dossier)
            if byOutlet[entry.outlet] == nil { outlets.append(entry.outlet) }
            if seen.insert([entry.outlet, written]).inserted { byOutlet[entry.outlet, default: []].append(written) }
        }
        return outlets.map { MarkdownText.escapeInline($0, atLineStart: false) + ": " + byOutlet[$0]!.joined(separator: ", ") }
            .joined(separator: "; ")
    }

    /// "**Disagree:** …": the verdict in bold, so it reads first on screen and on paper.
    static func agreement(_ agreement: FigureAgreement) -> String {
        let lead = "**\(MarkdownText.escape(agreement.lead))**"
        return agreement.detail.isEmpty ? lead : lead + " " + MarkdownText.escapeInline(agreement.detail, atLineStart: false)
    }
}
