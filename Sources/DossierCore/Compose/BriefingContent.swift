/// Everything the briefing's sections share, built once per dossier: the quote panels, the
/// figure tables and the timeline. Each is near-linear in the dossier's quotes, figures and
/// dates (hash grouping, then one sort).
struct BriefingContent {
    let dossier: Dossier
    let reports: [AnalysedReport]
    let panels: [QuotePanel]
    let unattributed: [QuotePanel.Entry]
    let tables: [FigureTable]
    let timeline: Timeline
    let actors: ActorIndex

    init(dossier: Dossier, reports: [AnalysedReport], actors: ActorIndex) {
        self.actors = actors
        self.dossier = dossier
        self.reports = reports
        (panels, unattributed) = QuotePanel.panels(for: reports.map(\.quoted))
        tables = FigureTable.tables(for: reports.map(\.counted))
        timeline = Timeline.build(mentions: reports.map { report in
            Array(zip(report.analysis.dates, report.dateAnchorIDs)).map { (mention: $0.0, anchor: $0.1) }
        })
    }

    var page: String { dossier.paths.briefing }
    var quoteCount: Int { reports.reduce(0) { $0 + $1.analysis.quotes.count } }

    /// Rows of the figure tables, theme by theme, in table order.
    var figureRows: [FigureTable.Row] { tables.flatMap(\.rows) }

    /// Relative link from the briefing to a report's article page, optionally to a passage.
    func articleLink(_ slug: String, anchor: String? = nil) -> String {
        SitePaths.relative(from: page, to: dossier.paths.article(slug)) + (anchor.map { "#" + $0 } ?? "")
    }
}
