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
        var diagnostics = Diagnostics()
        let layout = try SeedLayout.discover(seeds: seeds, diagnostics: &diagnostics)
        var jobs: [(dossier: String, source: ReportSource)] = []
        for folder in layout.dossiers {
            let name = folder.manifest?.slug ?? Slug.make(folder.name).nonEmpty ?? Slug.make(folder.manifest?.title ?? "").nonEmpty ?? "dossier"
            jobs += DossierAssembler.sources(for: folder, diagnostics: &diagnostics).map { (name, $0) }
        }
        let results = await ConcurrentMap.map(jobs.map(\.source)) { source -> Result<(Report, [Quote], [Diagnostic]), Diagnostic> in
            let read = Result { () throws(Diagnostic) in try DossierAssembler.readText(at: source.path) }
            return read.flatMap { DossierAssembler.clean($0) }.map { content, warnings in
                let report = Report(source: source, content: content)
                return (report, QuoteExtractor.extract(from: report), warnings)
            }
        }
        var entries: [Entry] = []
        var reports = 0
        for (job, result) in zip(jobs, results) {
            switch result {
            case .success(let (report, quotes, warnings)):
                diagnostics.append(contentsOf: warnings)
                reports += 1
                for quote in quotes {
                    let starts = quote.spans.map { span in
                        let (line, column) = report.content.blocks[span.block].position(ofUTF8Offset: span.range.lowerBound)
                        return SourceLocation(file: report.source.path, line: line, column: column)
                    }
                    entries.append(Entry(dossier: job.dossier, source: report.source, quote: quote, spanStarts: starts))
                }
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        if diagnostics.hasErrors { throw BuildFailure(diagnostics) }
        return QuoteListing(entries: entries, reports: reports, diagnostics: diagnostics)
    }
}
