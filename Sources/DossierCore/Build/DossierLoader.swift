/// The first steps of a build without the pages: discover → ingest → clean. Shared by
/// `SiteBuilder.plan` and the commands that only read reports (`dossier figures`).
public enum DossierLoader {
    /// The dossiers of a seeds folder, cleaned, with every finding so far.
    public static func load(seeds: String) async throws(BuildFailure) -> (dossiers: [Dossier], diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        var timings = StepTimings()
        let layout = try SeedLayout.discover(seeds: seeds, diagnostics: &diagnostics)
        if diagnostics.hasErrors { throw BuildFailure(diagnostics) }
        let dossiers = try await read(layout, diagnostics: &diagnostics, timings: &timings)
        return (dossiers, diagnostics)
    }

    /// Loads the manifests of the dossiers at `selected` (all when nil), then ingests and
    /// cleans their reports on all cores and assembles them. `otherSlugs` are the slugs of
    /// dossiers that are not being read (reused from the last build), which must stay unique too.
    static func read(_ seeds: SeedLayout, selected: [Int]? = nil, otherSlugs: Set<String> = [],
                     diagnostics: inout Diagnostics, timings: inout StepTimings) async throws(BuildFailure) -> [Dossier] {
        let clock = ContinuousClock()
        var mark = clock.now
        // Manifests parsed on all cores (YAML parsing was most of discover at 10,000 reports);
        // findings taken in dossier order, up to the first that fails, as one by one.
        let loaded = await ConcurrentMap.map(selected ?? Array(seeds.dossiers.indices)) { index in
            var found = Diagnostics()
            let folder = Result { () throws(BuildFailure) in try seeds.dossiers[index].loadingManifest(diagnostics: &found) }
            return (folder, found)
        }
        var folders: [SeedLayout.DossierFolder] = []
        for (folder, found) in loaded {
            diagnostics.append(contentsOf: found)
            folders.append(try folder.get())
        }
        if diagnostics.hasErrors { throw BuildFailure(diagnostics) }
        var jobs: [(dossier: Int, source: ReportSource)] = []
        for (index, folder) in folders.enumerated() {
            jobs += DossierAssembler.sources(for: folder, diagnostics: &diagnostics).map { (index, $0) }
        }
        timings.add(.discover, clock.now - mark)
        mark = clock.now
        let texts = await ConcurrentMap.map(jobs.map(\.source), step: .ingest, unit: "reports") { source in
            Result { () throws(Diagnostic) in try DossierAssembler.readText(at: source.path) }
        }
        timings.add(.ingest, clock.now - mark)
        mark = clock.now
        let cleaned = await ConcurrentMap.map(texts, step: .clean, unit: "reports") { text in
            text.flatMap { text in DossierAssembler.clean(text) }
        }
        timings.add(.clean, clock.now - mark)
        var reportsByDossier = Array(repeating: [Report](), count: folders.count)
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
        return try SiteBuilder.assemble(folders, reports: reportsByDossier, isArchive: seeds.isArchive, otherSlugs: otherSlugs, diagnostics: &diagnostics)
    }
}
