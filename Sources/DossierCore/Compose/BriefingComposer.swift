/// Composes the briefing: the page a briefer reads before a meeting and prints for the room.
/// Header and overview, a table of contents, then the sections in the order a reader needs
/// them: at a glance, the sources, where they agree and differ, who said what, the numbers,
/// and the timeline. Every claim links to the passage of the report it comes from.
public enum BriefingComposer {
    /// A section of the briefing: its heading (which gives its id) and its Markdown body.
    struct Section {
        var title: String
        var body: String
        var id: String { Slug.make(title) }
    }

    /// `actors`: the dossier's actor index (`ActorIndex(analysed:)`), shared with the article
    /// pages so both mark the same first mentions; built here when not given.
    public static func markdown(for dossier: Dossier, reports: [AnalysedReport], actors: ActorIndex? = nil) -> String {
        let content = BriefingContent(dossier: dossier, reports: reports, actors: actors ?? ActorIndex(analysed: reports))
        let sections = [
            Section(title: "At a glance", body: AtAGlanceComposer.markdown(content)),
            Section(title: "Sources", body: SourceCardComposer.markdown(content)),
            Section(title: "Where the outlets agree and differ", body: AgreementComposer.markdown(content)),
            Section(title: "Who said what", body: QuotePanelComposer.markdown(
                panels: content.panels, unattributed: content.unattributed, quoteCount: content.quoteCount,
                reportCount: reports.count, in: dossier)),
            Section(title: "The numbers", body: FigureTableComposer.markdown(tables: content.tables, reports: reports.map(\.counted), in: dossier)),
            Section(title: "Actors", body: ActorIndexComposer.markdown(for: content.actors, panels: content.panels, in: dossier)),
            Section(title: "Timeline", body: timeline(content)),
        ]

        let front = FrontMatter(kind: .briefing, title: dossier.title, slug: "briefing", dossier: dossier.title,
                                date: dossier.date, summary: IndexComposer.coverage(dossier))
        var out = front.yaml()
        out += "\n# \(MarkdownText.escape(dossier.title))\n"
        out += "\n::: {.briefing-meta}\n\n\(MarkdownText.escape(meta(content)))\n\n:::\n"
        out += BriefingOverview.markdown(content)
        out += "\n::: nav {.toc}\n\n**Contents**\n\n"
        for (number, section) in sections.enumerated() {
            out += "\(number + 1). [\(MarkdownText.escape(section.title))](#\(section.id))\n"
        }
        out += "\n:::\n"
        for section in sections {
            out += "\n## \(MarkdownText.escape(section.title))\n" + section.body
        }
        return out
    }

    /// "Event of 10 February 2014 · 3 sources · 19 quotations · 20 figures".
    static func meta(_ content: BriefingContent) -> String {
        var parts: [String] = []
        if let date = content.dossier.date { parts.append("Event of \(date.long)") }
        let sources = content.reports.count
        parts.append(Counted.phrase(sources, "source"))
        parts.append(Counted.phrase(content.quoteCount, "quotation"))
        let figures = content.figureRows.reduce(0) { $0 + $1.entries.count }
        parts.append(Counted.phrase(figures, "figure") + " compared")
        return parts.joined(separator: " \u{00B7} ")
    }

    static func timeline(_ content: BriefingContent) -> String {
        var out = "\nDates the reports give, placed on the calendar from each report's publication date "
        out += "(\u{201C}on Friday\u{201D} in a report of Monday 10 February is Friday 7 February). "
        out += "Phrases that depend on another event (\u{201C}a week later\u{201D}) are left out rather than guessed.\n\n"
        return out + "::: {.timeline}\n\n" + TimelineComposer.markdown(content.timeline, dossier: content.dossier, from: content.page) + "\n:::\n"
    }
}
