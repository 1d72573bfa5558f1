import Foundation

/// What a build produced (or would produce) and what it found on the way.
public struct BuildResult: Sendable {
    public var files: [OutputFile]
    public var diagnostics: Diagnostics
    public var dossiers: Int
    public var reports: Int
    public var timings: StepTimings
    /// HTML pages among `files`.
    public var pages: Int { files.filter { $0.path.hasSuffix(".html") }.count }
}

/// The build, as a list of named steps over values: discover → ingest → clean → extract →
/// compose → render → layout → write. File I/O happens only in the first two and the last.
public enum SiteBuilder {
    /// Every step but `write`: the site as it would be. Used by `build` and by the check
    /// that the committed site is up to date.
    public static func plan(_ options: BuildOptions) async throws(BuildFailure) -> BuildResult {
        var diagnostics = Diagnostics()
        var timings = StepTimings()
        let clock = ContinuousClock()
        var mark = clock.now
        func lap(_ step: BuildStep) {
            let now = clock.now
            timings.add(step, now - mark)
            mark = now
        }

        // discover: the dossiers, their manifests and templates.
        let layoutResult = Result { () throws(BuildFailure) in try PageLayout.load(from: options.templates) }
        let seeds = try SeedLayout.discover(seeds: options.seeds, diagnostics: &diagnostics)
        if case .failure(let failure) = layoutResult { diagnostics.append(contentsOf: failure.diagnostics) }
        if diagnostics.hasErrors { throw BuildFailure(diagnostics) }
        var jobs: [(dossier: Int, source: ReportSource)] = []
        for (index, folder) in seeds.dossiers.enumerated() {
            jobs += DossierAssembler.sources(for: folder, diagnostics: &diagnostics).map { (index, $0) }
        }
        lap(.discover)

        // ingest + clean, every report of every dossier on all cores.
        let texts = await ConcurrentMap.map(jobs.map(\.source)) { source in
            Result { () throws(Diagnostic) in try DossierAssembler.readText(at: source.path) }
        }
        lap(.ingest)
        let cleaned = await ConcurrentMap.map(texts) { text in
            text.flatMap { text in DossierAssembler.clean(text) }
        }
        lap(.clean)
        var reportsByDossier = Array(repeating: [Report](), count: seeds.dossiers.count)
        for (job, result) in zip(jobs, cleaned) {
            switch result {
            case .success(let (content, warnings)):
                diagnostics.append(contentsOf: warnings)
                reportsByDossier[job.dossier].append(Report(source: job.source, content: content))
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        if diagnostics.hasErrors { throw BuildFailure(diagnostics) }
        let layout = try layoutResult.get()
        let dossiers = try assemble(seeds, reports: reportsByDossier, diagnostics: &diagnostics)

        // extract: the quotations of every report, on all cores.
        let extractedQuotes = await ConcurrentMap.map(dossiers.flatMap(\.reports)) { QuoteExtractor.extract(from: $0) }
        var quotes: [[[Quote]]] = []
        var nextReport = 0
        for dossier in dossiers {
            quotes.append(Array(extractedQuotes[nextReport..<(nextReport + dossier.reports.count)]))
            nextReport += dossier.reports.count
        }
        lap(.extract)

        // compose: every page's Markdown intermediate.
        let pages = await composePages(dossiers, quotes: quotes, isArchive: seeds.isArchive)
        lap(.compose)

        // render: Markdown to HTML through cmark, every page on all cores.
        let rendered = await ConcurrentMap.map(pages) { page in
            Result { () throws(BuildFailure) in try MarkdownRenderer.render(page.markdown, path: SitePaths.markdown(for: page.path)) }
        }
        lap(.render)
        for case .failure(let failure) in rendered { diagnostics.append(contentsOf: failure.diagnostics) }
        if diagnostics.hasErrors { throw BuildFailure(diagnostics) }

        // layout: each page into its template.
        let laidOut = await ConcurrentMap.map(Array(zip(pages, rendered))) { page, rendered in
            Result { () throws(BuildFailure) in try layout.render(rendered.get(), at: page.path, site: page.site) }
        }
        lap(.layout)
        var files: [OutputFile] = layout.assets.map { OutputFile(path: $0.path, bytes: $0.bytes) }
        for (page, html) in zip(pages, laidOut) {
            switch html {
            case .success(let html):
                files.append(OutputFile(path: page.path, text: html))
                files.append(OutputFile(path: SitePaths.markdown(for: page.path), text: page.markdown))
            case .failure(let failure):
                diagnostics.append(contentsOf: failure.diagnostics)
            }
        }
        if diagnostics.hasErrors { throw BuildFailure(diagnostics) }
        files.sort { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
        return BuildResult(files: files, diagnostics: diagnostics, dossiers: dossiers.count,
                           reports: dossiers.reduce(0) { $0 + $1.reports.count }, timings: timings)
    }

    /// Plans the site and swaps it into `options.output`. On any error nothing is written.
    public static func build(_ options: BuildOptions) async throws(BuildFailure) -> BuildResult {
        try SiteWriter.checkOutput(options.output, protecting: [options.seeds, options.templates])
        var result = try await plan(options)
        let clock = ContinuousClock()
        let start = clock.now
        do {
            try SiteWriter.write(result.files, to: options.output)
            result.timings.add(.write, clock.now - start)
        } catch {
            var diagnostics = result.diagnostics
            diagnostics.append(contentsOf: error.diagnostics)
            throw BuildFailure(diagnostics)
        }
        return result
    }

    /// A page to compose: where it goes, its Markdown, and the site around it.
    struct PlannedPage: Sendable {
        var path: String
        var markdown: String
        var site: SiteContext
    }

    /// The compose step: every page's Markdown intermediate. `quotes[d][r]` are the
    /// quotations of report `r` of dossier `d`; they are anchored on the article page
    /// (`q-1`, `q-2`, …) and lined up on the briefing.
    static func composePages(_ dossiers: [Dossier], quotes: [[[Quote]]], isArchive: Bool) async -> [PlannedPage] {
        var pages: [PlannedPage] = []
        for (dossierIndex, dossier) in dossiers.enumerated() {
            let site = SiteContext(dossier: dossier, hasArchive: isArchive)
            var quoted: [QuotedReport] = []
            var articles: [PlannedPage] = []
            for (reportIndex, report) in dossier.reports.enumerated() {
                let reportQuotes = quotes[dossierIndex][reportIndex]
                let anchors = Quote.anchors(for: reportQuotes)
                quoted.append(QuotedReport(report: report, quotes: reportQuotes, pageAnchors: anchors))
                articles.append(PlannedPage(path: dossier.paths.article(report.source.slug),
                                            markdown: ArticleComposer.markdown(for: report, in: dossier, anchors: anchors), site: site))
            }
            pages.append(PlannedPage(path: dossier.paths.index, markdown: IndexComposer.markdown(for: dossier), site: site))
            pages.append(PlannedPage(path: dossier.paths.briefing, markdown: BriefingComposer.markdown(for: dossier, quotes: quoted), site: site))
            pages += articles
        }
        if isArchive {
            let site = SiteContext(dossierTitle: nil, language: dossiers.first?.language ?? "en", paths: nil, articles: [], hasArchive: true)
            pages.append(PlannedPage(path: SitePaths.archiveIndex,
                                     markdown: IndexComposer.archiveMarkdown(for: dossiers, title: "Dossiers"), site: site))
        }
        return pages
    }

    /// Dossier values from the folders and their cleaned reports.
    static func assemble(_ seeds: SeedLayout, reports: [[Report]], diagnostics: inout Diagnostics) throws(BuildFailure) -> [Dossier] {
        var dossiers: [Dossier] = []
        var slugs: Set<String> = []
        for (folder, reports) in zip(seeds.dossiers, reports) {
            let manifest = folder.manifest
            if manifest == nil {
                diagnostics.append(.warning(SourceLocation(file: folder.directory),
                                            "no \(Manifest.fileName): title taken from the folder name, sources unlisted", step: .discover))
            }
            let title = manifest?.title ?? (folder.name.isEmpty ? "Dossier" : folder.name)
            let slug = manifest?.slug ?? Slug.make(folder.name).nonEmpty ?? Slug.make(title).nonEmpty ?? "dossier"
            if seeds.isArchive, !slugs.insert(slug).inserted {
                diagnostics.append(.error(SourceLocation(file: folder.directory), "two dossiers are named `\(slug)`; set `slug:` in a manifest", step: .discover))
            }
            let date = manifest?.date ?? reports.compactMap(\.source.published).max()
            dossiers.append(Dossier(title: title, date: date, summary: manifest?.summary, language: manifest?.language ?? "en",
                                    slug: slug, paths: SitePaths(prefix: seeds.isArchive ? slug + "/" : ""), reports: reports))
        }
        if diagnostics.hasErrors { throw BuildFailure(diagnostics) }
        return dossiers
    }
}
