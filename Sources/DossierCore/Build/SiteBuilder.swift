import Foundation

/// What a build produced (or would produce) and what it found on the way.
public struct BuildResult: Sendable {
    /// Files made by this build (all of them unless dossiers were reused from the last build).
    public var files: [OutputFile]
    public var diagnostics: Diagnostics
    /// Dossiers and reports in the site.
    public var dossiers: Int
    public var reports: Int
    public var timings: StepTimings
    /// Site paths of each unit of pages: a dossier's folder name, or `BuildCache.siteUnit`.
    public var units: [String: [String]] = [:]
    /// What the archive lists of each dossier built, by folder name.
    public var listings: [String: DossierListing] = [:]
    /// Pages kept unchanged from the last build (hard-linked, not rebuilt).
    public var reused: [String] = []
    /// Dossiers rebuilt by this build.
    public var rebuiltDossiers: Int = 0
    /// Of those, the dossiers laid out again from the last build's Markdown (only the
    /// templates had changed): read and cleaned, not extracted or composed.
    public var laidOutAgain: Int = 0
    /// True when nothing changed and nothing was written.
    public var upToDate = false

    /// HTML pages in the site, built or reused.
    public var pages: Int { (files.map(\.path) + reused).filter { $0.hasSuffix(".html") }.count }
}

/// The build, as a list of named steps over values: discover → ingest → clean → extract →
/// compose → render → layout → write. File I/O happens only in the first two and the last.
public enum SiteBuilder {
    /// Every step but `write`: the site as it would be. Used by `build` and by the check
    /// that the committed site is up to date.
    public static func plan(_ options: BuildOptions) async throws(BuildFailure) -> BuildResult {
        var timings = StepTimings()
        let clock = ContinuousClock()
        let start = clock.now
        let (seeds, layout, diagnostics) = try discover(options)
        timings.add(.discover, clock.now - start)
        return try await plan(seeds, layout: layout, selected: nil, reused: [], kept: [:], diagnostics: diagnostics, timings: timings)
    }

    /// The discover step's reading of the folders: the seeds' layout and the templates, with
    /// every problem in either reported together.
    static func discover(_ options: BuildOptions) throws(BuildFailure) -> (SeedLayout, PageLayout, Diagnostics) {
        var diagnostics = Diagnostics()
        let layoutResult = Result { () throws(BuildFailure) in try PageLayout.load(from: options.templates) }
        let seeds = try SeedLayout.discover(seeds: options.seeds, diagnostics: &diagnostics)
        if case .failure(let failure) = layoutResult { diagnostics.append(contentsOf: failure.diagnostics) }
        if diagnostics.hasErrors { throw BuildFailure(diagnostics) }
        return (seeds, try layoutResult.get(), diagnostics)
    }

    /// A page whose Markdown intermediate is taken from the last build (see `kept` of `plan`).
    struct KeptPage: Sendable {
        var path: String
        var markdown: String
    }

    /// The steps after discovery for the dossiers at `selected` (all when nil); `reused` lists
    /// the dossiers kept from the last build, which the archive index still lists. `kept`: by
    /// folder name, selected dossiers whose Markdown is unchanged since the last build, which
    /// are read and cleaned (for their titles and headlines) but neither extracted nor composed.
    static func plan(_ seeds: SeedLayout, layout: PageLayout, selected: [Int]?, reused: [DossierListing], kept: [String: [KeptPage]],
                     diagnostics: Diagnostics, timings: StepTimings) async throws(BuildFailure) -> BuildResult {
        var diagnostics = diagnostics
        var timings = timings
        let clock = ContinuousClock()

        // (discover: manifests) + ingest + clean, every selected report on all cores (timed inside).
        let dossiers = try await DossierLoader.read(seeds, selected: selected, otherSlugs: Set(reused.map(\.slug)),
                                                    diagnostics: &diagnostics, timings: &timings)
        var mark = clock.now
        func lap(_ step: BuildStep) {
            let now = clock.now
            timings.add(step, now - mark)
            mark = now
        }

        // extract: quotations, figures and date mentions of every report, and the passages its
        // page marks, on all cores.
        let extracted = dossiers.filter { kept[$0.folder] == nil }
        let analyses = await ConcurrentMap.map(extracted.flatMap(\.reports), step: .extract, unit: "reports",
                                               state: { AttributionText.WordTable() }) { report, words in
            AnalysedReport(report: report, analysis: ReportAnalysis(of: report, words: words))
        }
        var analysed: [[AnalysedReport]] = []
        var nextReport = 0
        for dossier in dossiers {
            guard kept[dossier.folder] == nil else {
                analysed.append([])
                continue
            }
            analysed.append(Array(analyses[nextReport..<(nextReport + dossier.reports.count)]))
            nextReport += dossier.reports.count
        }
        _ = consume analyses // `analysed` holds the only references, for `release` below
        lap(.extract)

        // compose: every page's Markdown intermediate.
        let listings = seeds.isArchive ? (dossiers.map(\.listing) + reused) : []
        let pages = await composePages(dossiers, analysed: analysed, kept: kept, isArchive: seeds.isArchive, archive: listings)
        await ConcurrentMap.release(consume analysed)
        lap(.compose)

        // render: Markdown to HTML through cmark, every page on all cores.
        let rendered = await ConcurrentMap.map(pages, step: .render, unit: "pages") { page in
            Result { () throws(BuildFailure) in try MarkdownRenderer.render(page.markdown, path: SitePaths.markdown(for: page.path)) }
        }
        lap(.render)
        for case .failure(let failure) in rendered { diagnostics.append(contentsOf: failure.diagnostics) }
        if diagnostics.hasErrors { throw BuildFailure(diagnostics) }

        // layout: each page into its template.
        let laidOut = await ConcurrentMap.map(Array(zip(pages, rendered)), step: .layout, unit: "pages") { page, rendered in
            Result { () throws(BuildFailure) in try layout.render(rendered.get(), at: page.path, site: page.site) }
        }
        lap(.layout)
        var files: [OutputFile] = layout.assets.map { OutputFile(path: $0.path, bytes: $0.bytes) }
        var units: [String: [String]] = [BuildCache.siteUnit: files.map(\.path)]
        for (page, html) in zip(pages, laidOut) {
            switch html {
            case .success(let html):
                let markdownPath = SitePaths.markdown(for: page.path)
                files.append(OutputFile(path: page.path, text: html))
                files.append(OutputFile(path: markdownPath, text: page.markdown))
                units[page.unit, default: []] += [page.path, markdownPath]
            case .failure(let failure):
                diagnostics.append(contentsOf: failure.diagnostics)
            }
        }
        if diagnostics.hasErrors { throw BuildFailure(diagnostics) }
        files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return BuildResult(files: files, diagnostics: diagnostics, dossiers: dossiers.count + reused.count,
                           reports: dossiers.reduce(0) { $0 + $1.reports.count } + reused.reduce(0) { $0 + $1.reportCount },
                           timings: timings, units: units,
                           listings: Dictionary(uniqueKeysWithValues: dossiers.map { ($0.folder, $0.listing) }), rebuiltDossiers: dossiers.count,
                           laidOutAgain: dossiers.filter { kept[$0.folder] != nil }.count)
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
        /// The build-cache unit the page belongs to: its dossier's folder, or the site unit.
        var unit: String
    }

    /// The compose step: every page's Markdown intermediate, on all cores. `analysed[d][r]` is
    /// report `r` of dossier `d` with what extraction found in it and the passages its page anchors;
    /// the pages of a dossier in `kept` are taken as they are.
    static func composePages(_ dossiers: [Dossier], analysed: [[AnalysedReport]], kept: [String: [KeptPage]] = [:],
                             isArchive: Bool, archive: [DossierListing]) async -> [PlannedPage] {
        enum Page: Sendable {
            case index(Int), briefing(Int), article(Int, Int), kept(Int, KeptPage), archive
        }
        var jobs: [Page] = []
        for (index, reports) in analysed.enumerated() {
            if let pages = kept[dossiers[index].folder] {
                jobs += pages.map { .kept(index, $0) }
                continue
            }
            jobs += [.index(index), .briefing(index)] + reports.indices.map { .article(index, $0) }
        }
        if isArchive { jobs.append(.archive) }
        let sites = dossiers.map { SiteContext(dossier: $0, hasArchive: isArchive) }
        // Actor anchors depend on all of a dossier's reports: one index per dossier, shared by
        // its briefing and its article pages.
        let actorIndexes = await ConcurrentMap.map(analysed) { ActorIndex(analysed: $0) }
        return await ConcurrentMap.map(jobs, step: .compose, unit: "pages") { job in
            switch job {
            case .index(let d):
                return PlannedPage(path: dossiers[d].paths.index, markdown: IndexComposer.markdown(for: dossiers[d]), site: sites[d], unit: dossiers[d].folder)
            case .briefing(let d):
                return PlannedPage(path: dossiers[d].paths.briefing,
                                   markdown: BriefingComposer.markdown(for: dossiers[d], reports: analysed[d], actors: actorIndexes[d]),
                                   site: sites[d], unit: dossiers[d].folder)
            case .article(let d, let r):
                let report = analysed[d][r]
                return PlannedPage(path: dossiers[d].paths.article(report.report.source.slug),
                                   markdown: ArticleComposer.markdown(for: report.report, in: dossiers[d],
                                                                      anchors: report.anchors + actorIndexes[d].anchors[r]),
                                   site: sites[d], unit: dossiers[d].folder)
            case .kept(let d, let page):
                return PlannedPage(path: page.path, markdown: page.markdown, site: sites[d], unit: dossiers[d].folder)
            case .archive:
                let site = SiteContext(dossierTitle: nil, language: DossierListing.commonLanguage(archive), paths: nil, articles: [], hasArchive: true)
                return PlannedPage(path: SitePaths.archiveIndex, markdown: IndexComposer.archiveMarkdown(for: archive, title: "Dossiers"),
                                   site: site, unit: BuildCache.siteUnit)
            }
        }
    }

    /// Dossier values from the folders and their cleaned reports. Slugs must be unique across
    /// the site, including `otherSlugs` (dossiers reused from the last build).
    static func assemble(_ folders: [SeedLayout.DossierFolder], reports: [[Report]], isArchive: Bool, otherSlugs: Set<String> = [],
                         diagnostics: inout Diagnostics) throws(BuildFailure) -> [Dossier] {
        var dossiers: [Dossier] = []
        var slugs = otherSlugs
        for (folder, reports) in zip(folders, reports) {
            let manifest = folder.manifest
            if manifest == nil {
                diagnostics.append(.warning(SourceLocation(file: folder.directory),
                                            "no \(Manifest.fileName): title taken from the folder name, sources unlisted", step: .discover))
            }
            let title = manifest?.title ?? (folder.name.isEmpty ? "Dossier" : folder.name)
            let slug = manifest?.slug ?? Slug.make(folder.name).nonEmpty ?? Slug.make(title).nonEmpty ?? "dossier"
            if isArchive, !slugs.insert(slug).inserted {
                diagnostics.append(.error(SourceLocation(file: folder.directory), "two dossiers are named `\(slug)`; set `slug:` in a manifest", step: .discover))
            }
            let date = manifest?.date ?? reports.compactMap(\.source.published).max()
            dossiers.append(Dossier(title: title, date: date, summary: manifest?.summary, language: manifest?.language ?? "en",
                                    slug: slug, paths: SitePaths(prefix: isArchive ? slug + "/" : ""), reports: reports, folder: folder.name))
        }
        if diagnostics.hasErrors { throw BuildFailure(diagnostics) }
        return dossiers
    }
}
