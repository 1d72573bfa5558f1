/// The body of the briefing's "Actors" section (the heading is the caller's): a sentence on
/// what the section holds, then two compact `table` directives, people and organisations,
/// each inside a `table-scroll` div (a phone shows each row as a card, see style.css):
///
///     | Person | Described as | Named by | Quoted |
///     | Lakhdar Brahimi | U.N. mediator; U.N. envoy | [The Week](articles/the-week.html#a-2); … | [6 quotations](#speaker-lakhdar-brahimi) |
///
/// Every outlet links to the place its report first names the actor; "Quoted" links to the
/// actor's quote panel on the same page. All report text is escaped.
public enum ActorIndexComposer {
    /// `panels`: the briefing's quote panels (`QuotePanel.panels(for:).panels`), to link quoted actors to.
    public static func markdown(for index: ActorIndex, panels: [QuotePanel] = [], in dossier: Dossier) -> String {
        let people = index.actors.indices.filter { index.actors[$0].kind == .person }
        let organisations = index.actors.indices.filter { index.actors[$0].kind == .organisation }
        guard !index.actors.isEmpty else {
            return "\nNo person or organisation was found in these reports.\n"
        }
        let panelIDs = index.panelIDs(for: panels)
        let quoteCounts = Dictionary(panels.map { ($0.id, $0.quoteCount) }, uniquingKeysWith: { first, _ in first })
        var out = "\n" + MarkdownText.escape(summary(people: people.count, organisations: organisations.count, reports: dossier.reports.count)) + "\n"
        let tables: [(rows: [Int], kind: ReportActor.Kind)] = [(people, .person), (organisations, .organisation)]
        for (rows, kind) in tables where !rows.isEmpty {
            out += "\n::: {.table-scroll}\n\n"
            out += table(rows.map { index.actors[$0] }, panelIDs: rows.map { panelIDs[$0] }, quoteCounts: quoteCounts, kind: kind, dossier: dossier)
            out += "\n:::\n"
        }
        return out
    }

    static func summary(people: Int, organisations: Int, reports: Int) -> String {
        var text = "\(people) \(people == 1 ? "person" : "people") and \(organisations) \(organisations == 1 ? "organisation" : "organisations")"
        text += " named in the \(reports == 1 ? "report" : "\(reports) reports"), those named by the most outlets first. "
        text += "Each outlet links to the place its report first names the actor; Quoted links to what the actor is quoted saying. "
        text += "Names are found by rules (capitalised names, titles and roles, organisation names and initialisms), not from a list: "
        text += "check a name in its report before relying on it."
        return text
    }

    static func table(_ actors: [ActorIndex.Actor], panelIDs: [String?], quoteCounts: [String: Int], kind: ReportActor.Kind, dossier: Dossier) -> String {
        let isPerson = kind == .person
        var out = "```table {.actors #\(isPerson ? "actors-people" : "actors-organisations")}\n"
        out += "caption: \(isPerson ? "People" : "Organisations") named in the reports\n"
        out += "| \(isPerson ? "Person" : "Organisation") | \(isPerson ? "Described as" : "Also written") | Named by | Quoted |\n"
        out += "|---|---|---|---|\n"
        for (actor, panel) in zip(actors, panelIDs) {
            let second = isPerson ? actor.descriptors : actor.aliases
            var name = MarkdownText.escape(actor.name)
            if isPerson, !actor.aliases.isEmpty {
                name += MarkdownText.escapeInline(" (also \(actor.aliases.joined(separator: "; ")))", atLineStart: false)
            }
            out += "| \(name) | \(second.isEmpty ? "\u{2014}" : MarkdownText.escape(second.joined(separator: "; "))) | "
            out += actor.citations.map { link($0, dossier: dossier) }.joined(separator: "; ")
            out += " | \(quoted(panel, count: panel.flatMap { quoteCounts[$0] })) |\n"
        }
        return out + "```\n"
    }

    /// "[The Week](articles/the-week.html#a-2)".
    static func link(_ citation: ActorIndex.Citation, dossier: Dossier) -> String {
        let page = SitePaths.relative(from: dossier.paths.briefing, to: dossier.paths.article(citation.report))
        return MarkdownText.link(citation.outlet, to: citation.anchor.isEmpty ? page : page + "#" + citation.anchor)
    }

    /// "[6 quotations](#speaker-lakhdar-brahimi)", or a dash.
    static func quoted(_ panel: String?, count: Int?) -> String {
        guard let panel else { return "\u{2014}" }
        let words = count.map { "\($0) \($0 == 1 ? "quotation" : "quotations")" } ?? "Quotations"
        return MarkdownText.link(words, to: "#" + panel)
    }
}
