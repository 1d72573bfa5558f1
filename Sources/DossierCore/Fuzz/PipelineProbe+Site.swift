extension PipelineProbe {
    /// One dossier built from bytes in memory, step by step as `SiteBuilder.plan` builds a
    /// dossier folder (same functions, same order, one thread), with the pages kept beside
    /// what was extracted so the checks can hold one against the other.
    struct Site {
        var refusals: [Diagnostic] = []
        var dossier: Dossier?
        var texts: [SourceText] = []
        var analysed: [AnalysedReport] = []
        /// Site path → (Markdown intermediate, laid-out HTML).
        var pages: [String: (markdown: String, html: String)] = [:]
        /// Broken properties met while building (a composed page that does not render).
        var violations: [String] = []
    }

    /// Builds the dossier of `folder`'s manifest from `files` (name → bytes), as
    /// `DossierLoader.read` and `SiteBuilder.plan` do: sources named, reports decoded and
    /// cleaned, the dossier assembled, extraction, every page composed, rendered, laid out.
    static func build(folder: SeedLayout.DossierFolder, files: [String: [UInt8]], layout: PageLayout) -> Site {
        var site = Site()
        var diagnostics = Diagnostics()
        var reports: [Report] = []
        for source in DossierAssembler.sources(for: folder, diagnostics: &diagnostics) {
            let text: SourceText
            do { text = try SourceText.decode(files[source.fileName] ?? [], path: source.path) } catch {
                diagnostics.append(error)
                continue
            }
            switch DossierAssembler.clean(text) {
            case .success(let (content, warnings)):
                diagnostics.append(contentsOf: warnings)
                site.texts.append(text)
                reports.append(Report(source: source, content: content))
            case .failure(let error):
                diagnostics.append(error)
            }
        }
        let dossier: Dossier
        do throws(BuildFailure) {
            if diagnostics.hasErrors { throw BuildFailure(diagnostics) }
            dossier = try SiteBuilder.assemble([folder], reports: [reports], isArchive: false, diagnostics: &diagnostics)[0]
        } catch {
            site.refusals = error.diagnostics.errors
            return site
        }
        site.dossier = dossier
        site.analysed = reports.map { AnalysedReport(report: $0, analysis: ReportAnalysis(of: $0)) }
        let actors = ActorIndex(analysed: site.analysed)
        let context = SiteContext(dossier: dossier, hasArchive: false)

        var composed = [
            (dossier.paths.index, IndexComposer.markdown(for: dossier)),
            (dossier.paths.briefing, BriefingComposer.markdown(for: dossier, reports: site.analysed, actors: actors)),
        ]
        for (index, report) in site.analysed.enumerated() {
            composed.append((dossier.paths.article(report.report.source.slug),
                             ArticleComposer.markdown(for: report.report, in: dossier, anchors: report.anchors + actors.anchors[index])))
        }
        for (path, markdown) in composed {
            do throws(BuildFailure) {
                let rendered = try MarkdownRenderer.render(markdown, path: SitePaths.markdown(for: path))
                site.pages[path] = (markdown, try layout.render(rendered, at: path, site: context))
                site.violations += frontMatterViolations(rendered.frontMatter, path: path, dossier: dossier, reports: reports)
            } catch {
                site.violations.append("composed page \(path) does not build: \(error)")
            }
        }
        return site
    }

    /// Builds the synthetic dossier of `manifest` and checks everything it made.
    static func site(manifest: Manifest, files: [(name: String, bytes: [UInt8])], layout: PageLayout, target: Target) -> Outcome {
        var outcome = Outcome(target: target)
        let folder = SeedLayout.DossierFolder(directory: Self.folder, name: "", manifestPath: Self.folder + "/" + Manifest.fileName,
                                              manifest: manifest, reportFiles: files.map(\.name).sorted())
        let site = build(folder: folder, files: Dictionary(files, uniquingKeysWith: { first, _ in first }), layout: layout)
        outcome.refusals = site.refusals
        outcome.violations = site.violations
        for error in site.refusals where error.step != .ingest && error.step != .clean {
            outcome.violations.append("refusal from step \(error.step.map { "\($0)" } ?? "none"): \(error)")
        }
        outcome.violations += extractionViolations(site)
        outcome.violations += pageViolations(site)
        outcome.pages = site.pages.mapValues(\.html)
        return outcome
    }

    /// The front matter a page was composed with must come back from the Markdown unchanged.
    static func frontMatterViolations(_ front: FrontMatter, path: String, dossier: Dossier, reports: [Report]) -> [String] {
        var violations: [String] = []
        if front.dossier != dossier.title { violations.append("\(path): front matter `dossier` \(front.dossier.debugDescription) is not the title \(dossier.title.debugDescription)") }
        if let report = reports.first(where: { dossier.paths.article($0.source.slug) == path }) {
            if front.title != report.content.headline.text {
                violations.append("\(path): front matter title \(front.title.debugDescription) is not the headline \(report.content.headline.text.debugDescription)")
            }
            if front.outlet != report.source.outlet { violations.append("\(path): front matter outlet \(front.outlet.debugDescription) is not \(report.source.outlet.debugDescription)") }
            if front.summary != report.content.dek?.text { violations.append("\(path): front matter summary is not the dek") }
        }
        return violations
    }
}
