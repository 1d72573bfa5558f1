import Foundation

/// What a build produced (or would produce) and what it found on the way.
public struct BuildResult: Sendable {
    public var files: [OutputFile]
    public var diagnostics: Diagnostics
    public var dossiers: Int
    public var reports: Int
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
        let layoutResult = Result { () throws(BuildFailure) in try PageLayout.load(from: options.templates) }
        let seeds = try SeedLayout.discover(seeds: options.seeds, diagnostics: &diagnostics)
        if diagnostics.hasErrors { throw BuildFailure(diagnostics) }

        // ingest + clean, every report of every dossier on all cores.
        var jobs: [(dossier: Int, source: ReportSource)] = []
        for (index, folder) in seeds.dossiers.enumerated() {
            jobs += DossierAssembler.sources(for: folder, diagnostics: &diagnostics).map { (index, $0) }
        }
        let cleaned = await ConcurrentMap.map(jobs.map(\.source)) { source in
            DossierAssembler.readReport(at: source.path, displayPath: source.path)
        }
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
        let layout: PageLayout
        switch layoutResult {
        case .success(let loaded): layout = loaded
        case .failure(let failure): diagnostics.append(contentsOf: failure.diagnostics); throw BuildFailure(diagnostics)
        }
        if diagnostics.hasErrors { throw BuildFailure(diagnostics) }

        let dossiers = try assemble(seeds, reports: reportsByDossier, diagnostics: &diagnostics)
        let pages = composePages(dossiers, isArchive: seeds.isArchive)

        // render + layout, every page on all cores.
        let rendered = await ConcurrentMap.map(pages) { page in
            Result { () throws(BuildFailure) -> [OutputFile] in
                let markdownPath = SitePaths.markdown(for: page.path)
                let renderedPage = try MarkdownRenderer.render(page.markdown, path: markdownPath)
                let html = try layout.render(renderedPage, at: page.path, site: page.site)
                return [OutputFile(path: page.path, text: html), OutputFile(path: markdownPath, text: page.markdown)]
            }
        }
        var files: [OutputFile] = layout.assets.map { OutputFile(path: $0.path, bytes: $0.bytes) }
        for result in rendered {
            switch result {
            case .success(let output): files += output
            case .failure(let failure): diagnostics.append(contentsOf: failure.diagnostics)
            }
        }
        if diagnostics.hasErrors { throw BuildFailure(diagnostics) }
        files.sort { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
        return BuildResult(files: files, diagnostics: diagnostics, dossiers: dossiers.count,
                           reports: dossiers.reduce(0) { $0 + $1.reports.count })
    }

    /// Plans the site and swaps it into `options.output`. On any error nothing is written.
    public static func build(_ options: BuildOptions) async throws(BuildFailure) -> BuildResult {
        try SiteWriter.checkOutput(options.output, protecting: [options.seeds, options.templates])
        let result = try await plan(options)
        do {
            try SiteWriter.write(result.files, to: options.output)
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

    /// The compose step: every page's Markdown intermediate.
    static func composePages(_ dossiers: [Dossier], isArchive: Bool) -> [PlannedPage] {
        var pages: [PlannedPage] = []
        for dossier in dossiers {
            let site = SiteContext(dossier: dossier, hasArchive: isArchive)
            pages.append(PlannedPage(path: dossier.paths.index, markdown: IndexComposer.markdown(for: dossier), site: site))
            pages.append(PlannedPage(path: dossier.paths.briefing, markdown: BriefingComposer.markdown(for: dossier), site: site))
            for report in dossier.reports {
                pages.append(PlannedPage(path: dossier.paths.article(report.source.slug),
                                         markdown: ArticleComposer.markdown(for: report, in: dossier, anchors: []), site: site))
            }
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
