/// What the extract step finds in one report: its quotations, figures, date mentions and the
/// people and organisations it names.
/// A pure function of the report, so it runs on any core and depends on nothing else.
public struct ReportAnalysis: Sendable {
    public var quotes: [Quote]
    public var figures: [Figure]
    public var dates: [DateMention]
    public var actors: [ReportActor]

    public init(quotes: [Quote], figures: [Figure], dates: [DateMention], actors: [ReportActor] = []) {
        self.quotes = quotes
        self.figures = figures
        self.dates = dates
        self.actors = actors
    }

    /// Runs every extractor on `report`.
    public init(of report: Report) {
        self.init(of: report, words: AttributionText.WordTable())
    }

    /// `words`: a word table to reuse across the reports one task reads in turn; what it holds
    /// depends on a word's text only, so sharing it changes no result.
    init(of report: Report, words: AttributionText.WordTable) {
        let tokenized = TokenizedReport(report, words: words)
        // Read once with no quotation for both the actor and the quote rules.
        let plain = AttributionText(plain: tokenized)
        self.init(quotes: QuoteExtractor.extract(from: tokenized, plain: plain),
                  figures: FigureExtractor.extract(from: tokenized),
                  dates: DateMentionExtractor.extract(from: tokenized),
                  actors: ActorExtractor.extract(from: tokenized, plain: plain))
    }
}
