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
        lap(.discover)

        // ingest + clean, every report of every dossier on all cores (timed inside).
        let dossiers = try await DossierLoader.read(seeds, diagnostics: &diagnostics, timings: &timings)
        let layout = try layoutResult.get()
        mark = clock.now

        // extract: quotations, figures and date mentions of every report, on all cores.
        let analyses = await ConcurrentMap.map(dossiers.flatMap(\.reports)) { ReportAnalysis(of: $0) }
        var analysed: [[AnalysedReport]] = []
        var nextReport = 0
        for dossier in dossiers {
            analysed.append(zip(dossier.reports, analyses[nextReport..<(nextReport + dossier.reports.count)]).map(AnalysedReport.init))
            nextReport += dossier.reports.count
        }
        lap(.extract)

        // compose: every page's Markdown intermediate.
        let pages = await composePages(dossiers, analysed: analysed, isArchive: seeds.isArchive)
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

    /// The compose step: every page's Markdown intermediate, on all cores. `analysed[d][r]` is
    /// report `r` of dossier `d` with what extraction found in it and the passages its page anchors.
    static func composePages(_ dossiers: [Dossier], analysed: [[AnalysedReport]], isArchive: Bool) async -> [PlannedPage] {
        enum Page: Sendable {
            case index(Int), briefing(Int), article(Int, Int), archive
        }
        var jobs: [Page] = []
        for (index, reports) in analysed.enumerated() {
            jobs += [.index(index), .briefing(index)] + reports.indices.map { .article(index, $0) }
        }
        if isArchive { jobs.append(.archive) }
        let sites = dossiers.map { SiteContext(dossier: $0, hasArchive: isArchive) }
        return await ConcurrentMap.map(jobs) { job in
            switch job {
            case .index(let d):
                return PlannedPage(path: dossiers[d].paths.index, markdown: IndexComposer.markdown(for: dossiers[d]), site: sites[d])
            case .briefing(let d):
                return PlannedPage(path: dossiers[d].paths.briefing, markdown: BriefingComposer.markdown(for: dossiers[d], reports: analysed[d]), site: sites[d])
            case .article(let d, let r):
                let report = analysed[d][r]
                return PlannedPage(path: dossiers[d].paths.article(report.report.source.slug),
                                   markdown: ArticleComposer.markdown(for: report.report, in: dossiers[d], anchors: report.anchors), site: sites[d])
            case .archive:
                let site = SiteContext(dossierTitle: nil, language: dossiers.first?.language ?? "en", paths: nil, articles: [], hasArchive: true)
                return PlannedPage(path: SitePaths.archiveIndex, markdown: IndexComposer.archiveMarkdown(for: dossiers, title: "Dossiers"), site: site)
            }
        }
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
