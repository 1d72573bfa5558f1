/// What `dossier quotes` shows: every quotation of every report in the seeds, with where it
/// stands in its source file and who said it, so a user can check the attribution rules.
/// Runs the build's first steps (discover, ingest, clean) and the quote extraction only.
public struct QuoteListing: Sendable {
    public struct Entry: Sendable {
        /// Slug of the dossier the report belongs to.
        public var dossier: String
        public var source: ReportSource
        public var quote: Quote
        /// Where each paragraph of the quotation starts (a long quotation has several).
        public var spanStarts: [SourceLocation]
    }

    public var entries: [Entry]
    public var reports: Int
    public var diagnostics: Diagnostics

    public static func load(seeds: String) async throws(BuildFailure) -> QuoteListing {
        let (dossiers, diagnostics) = try await DossierLoader.load(seeds: seeds)
        let jobs = dossiers.flatMap { dossier in dossier.reports.map { (dossier: dossier.slug, report: $0) } }
        let quotes = await ConcurrentMap.map(jobs.map(\.report)) { QuoteExtractor.extract(from: $0) }
        var entries: [Entry] = []
        for (job, found) in zip(jobs, quotes) {
            for quote in found {
                let starts = quote.spans.map { span in
                    let (line, column) = job.report.content.blocks[span.block].position(ofUTF8Offset: span.range.lowerBound)
                    return SourceLocation(file: job.report.source.path, line: line, column: column)
                }
                entries.append(Entry(dossier: job.dossier, source: job.report.source, quote: quote, spanStarts: starts))
            }
        }
        return QuoteListing(entries: entries, reports: jobs.count, diagnostics: diagnostics)
    }
}
