/// Composes the briefing: the dossier's sources lined up against each other.
public enum BriefingComposer {
    /// `quotes`: the reports' quotations, for the "Who said what" panels.
    public static func markdown(for dossier: Dossier, quotes: [QuotedReport] = []) -> String {
        let page = dossier.paths.briefing
        let front = FrontMatter(kind: .briefing, title: dossier.title, slug: "briefing", dossier: dossier.title,
                                date: dossier.date, summary: IndexComposer.coverage(dossier))
        var out = front.yaml()
        out += "\n# \(MarkdownText.escape(dossier.title))\n"
        out += "\n::: {.standfirst}\n\n\(MarkdownText.escape(IndexComposer.coverage(dossier)))\n\n:::\n"
        out += "\n## Sources\n\n" + IndexComposer.sourcesTable(dossier, from: page)
        out += "\n## How each report opens\n"
        for report in dossier.reports {
            let href = SitePaths.relative(from: page, to: dossier.paths.article(report.source.slug))
            out += "\n### \(MarkdownText.escape(report.source.outlet))\n"
            if let lede = report.content.body.first {
                out += "\n> \(MarkdownText.escape(lede.text))\n"
            }
            out += "\n\(MarkdownText.link("Read the report", to: href)): \(MarkdownText.escape(report.content.headline.text))\n"
        }
        out += QuotePanelComposer.markdown(for: quotes, in: dossier)
        return out
    }
}
