/// What the extract step finds in one report: its quotations, figures and date mentions.
/// A pure function of the report, so it runs on any core and depends on nothing else.
public struct ReportAnalysis: Sendable {
    public var quotes: [Quote]
    public var figures: [Figure]
    public var dates: [DateMention]

    public init(quotes: [Quote], figures: [Figure], dates: [DateMention]) {
        self.quotes = quotes
        self.figures = figures
        self.dates = dates
    }

    /// Runs every extractor on `report`.
    public init(of report: Report) {
        self.init(quotes: QuoteExtractor.extract(from: report),
                  figures: FigureExtractor.extract(from: report),
                  dates: DateMentionExtractor.extract(from: report))
    }
}
