/// Composes the landing page of a dossier (what it covers, its sources) and, for a site of
/// several dossiers, the archive page that lists them.
public enum IndexComposer {
    public static func markdown(for dossier: Dossier) -> String {
        let page = dossier.paths.index
        let front = FrontMatter(kind: .index, title: dossier.title, slug: "index", dossier: dossier.title,
                                date: dossier.date, summary: dossier.summary ?? coverage(dossier))
        var out = front.yaml()
        out += "\n# \(MarkdownText.escape(dossier.title))\n"
        if let summary = dossier.summary {
            out += "\n::: {.standfirst}\n\n\(MarkdownText.escape(summary))\n\n:::\n"
        }
        out += "\n\(MarkdownText.escape(coverage(dossier)))\n"
        out += "\n::: {.call-to-action}\n\n"
        out += "**\(MarkdownText.link("Read the briefing", to: SitePaths.relative(from: page, to: dossier.paths.briefing)))**: "
        out += "the sources side by side, who said what, and the figures each outlet reports.\n\n:::\n"
        out += "\n## Sources\n\n"
        out += sourcesTable(dossier, from: page)
        return out
    }

    /// "Event of 10 February 2014, as reported by 3 outlets: A, B and C."
    public static func coverage(_ dossier: Dossier) -> String {
        let outlets = orderedOutlets(dossier)
        var text = dossier.date.map { "Event of \($0.long), as reported by " } ?? "As reported by "
        text += "\(dossier.reports.count) \(dossier.reports.count == 1 ? "report" : "reports")"
        if !outlets.isEmpty {
            text += " from \(outlets.count == 1 ? "one outlet" : "\(outlets.count) outlets"): \(list(outlets))"
        }
        return text + "."
    }

    /// The sources as a table: outlet, date, headline (linked), length.
    public static func sourcesTable(_ dossier: Dossier, from page: String) -> String {
        var out = "```table {.sources}\ncaption: The \(dossier.reports.count) source \(dossier.reports.count == 1 ? "report" : "reports") of this dossier\n"
        out += "| Outlet | Published | Headline | Length |\n|---|---|---|---|\n"
        for report in dossier.reports {
            let href = SitePaths.relative(from: page, to: dossier.paths.article(report.source.slug))
            let date = report.source.published?.long ?? "date unknown"
            out += "| \(MarkdownText.escape(report.source.outlet)) | \(date) | \(MarkdownText.link(report.content.headline.text, to: href)) "
            out += "| \(report.content.wordCount) words, \(report.readingMinutes) min |\n"
        }
        return out + "```\n"
    }

    /// The archive of a multi-dossier site: one entry per dossier, newest event first.
    public static func archiveMarkdown(for dossiers: [DossierListing], title: String) -> String {
        let reports = dossiers.reduce(0) { $0 + $1.reportCount }
        let front = FrontMatter(kind: .archive, title: title, slug: "archive", summary: "\(dossiers.count) dossiers, \(reports) reports.")
        var out = front.yaml()
        out += "\n# \(MarkdownText.escape(title))\n"
        out += "\n\(dossiers.count) dossiers, \(reports) reports.\n\n"
        out += "```table {.archive}\ncaption: Dossiers, newest event first\n| Dossier | Event date | Sources | Briefing |\n|---|---|---|---|\n"
        let ordered = dossiers.sorted { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.slug < b.slug
            }
        }
        for dossier in ordered {
            let index = SitePaths.relative(from: SitePaths.archiveIndex, to: dossier.paths.index)
            let briefing = SitePaths.relative(from: SitePaths.archiveIndex, to: dossier.paths.briefing)
            out += "| \(MarkdownText.link(dossier.title, to: index)) | \(dossier.date?.long ?? "unknown") "
            out += "| \(dossier.reportCount) | \(MarkdownText.link("Briefing", to: briefing)) |\n"
        }
        return out + "```\n"
    }

    static func orderedOutlets(_ dossier: Dossier) -> [String] {
        var seen: Set<String> = []
        return dossier.reports.map(\.source.outlet).filter { seen.insert($0).inserted }
    }

    /// "A", "A and B", "A, B and C".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}
