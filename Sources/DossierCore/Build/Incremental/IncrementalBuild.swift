import Foundation

extension SiteBuilder {
    /// A build that reuses what the last one made: a dossier whose inputs (manifest, reports,
    /// templates, the tool) hash as before, and whose pages in the output are as that build
    /// left them, is not read again; its pages are hard-linked into the new site. The
    /// site-wide pages (archive index, stylesheet) are remade whenever any dossier is.
    /// A dossier whose inputs are unchanged but whose templates changed is laid out again from
    /// the Markdown intermediates of its pages in the output: no extracting, no composing.
    /// Nothing changed at all: nothing is written. The result is byte-identical to a full build.
    public static func build(_ options: BuildOptions, cache settings: CacheSettings) async throws(BuildFailure) -> BuildResult {
        try SiteWriter.checkOutput(options.output, protecting: [options.seeds, options.templates])
        for (folder, role) in [(options.output, "output"), (options.seeds, "seeds"), (options.templates, "templates")]
        where SiteWriter.contains(SiteWriter.canonical(folder), SiteWriter.canonical(settings.folder)) {
            throw BuildFailure(.error(SourceLocation(file: settings.folder), "the cache folder must not be inside the \(role) folder", step: .discover))
        }
        var timings = StepTimings()
        let clock = ContinuousClock()
        let start = clock.now

        // discover: the folders, the inputs' hashes, and what can be reused.
        let (seeds, layout, diagnostics) = try discover(options)
        var hashes = InputHashes(previous: BuildCache.load(from: settings.folder, tool: settings.tool), tool: settings.tool)
        let templates = try hashes.templates(options.templates)
        let contents = try await hashes.contents(of: seeds.dossiers, isArchive: seeds.isArchive)
        let fingerprints = contents.map { InputHashes.fingerprint(content: $0, templates: templates) }
        var site = ContentHasher()
        site.add("site")
        site.add(templates)
        for (folder, fingerprint) in zip(seeds.dossiers, fingerprints) {
            site.add(folder.name)
            site.add(fingerprint)
        }
        let siteFingerprint = site.finish()

        let previous = hashes.previous
        func intact(_ unit: BuildCache.Unit?, fingerprint: ContentHash) -> Bool {
            guard let unit, unit.fingerprint == fingerprint else { return false }
            return outputsIntact(unit)
        }
        func outputsIntact(_ unit: BuildCache.Unit) -> Bool {
            unit.outputs.allSatisfy { path, stamp in FileStamp.of(options.output + "/" + path) == stamp }
        }
        var reused: [Int] = []
        for (index, folder) in seeds.dossiers.enumerated()
        where previous?.units[folder.name]?.listing != nil && intact(previous?.units[folder.name], fingerprint: fingerprints[index]) {
            reused.append(index)
        }
        timings.add(.discover, clock.now - start)

        var next = hashes.next
        if reused.count == seeds.dossiers.count, intact(previous?.units[BuildCache.siteUnit], fingerprint: siteFingerprint) {
            // Up to date: the output stays as it is, not even swapped.
            next.units = previous!.units
            if hashes.hashedFiles > 0 { try? next.save(to: settings.folder) }
            let listings = reused.map { previous!.units[seeds.dossiers[$0].name]!.listing! }
            var result = BuildResult(files: [], diagnostics: diagnostics, dossiers: listings.count,
                                     reports: listings.reduce(0) { $0 + $1.reportCount }, timings: timings)
            result.reused = next.units.values.flatMap(\.outputs.keys).sorted()
            result.upToDate = true
            return result
        }

        // Build the dossiers that changed, and the site-wide pages.
        let reusedSet = Set(reused)
        let selected = seeds.dossiers.indices.filter { !reusedSet.contains($0) }
        let reusedListings = reused.map { previous!.units[seeds.dossiers[$0].name]!.listing! }
        // Only the templates changed for these: their Markdown, as the last build wrote it.
        var kept: [String: [KeptPage]] = [:]
        for index in selected {
            let name = seeds.dossiers[index].name
            guard let unit = previous?.units[name], unit.listing != nil, unit.content == contents[index], outputsIntact(unit),
                  let pages = Self.keptPages(of: unit, in: options.output) else { continue }
            kept[name] = pages
        }
        var result = try await plan(seeds, layout: layout, selected: selected, reused: reusedListings, kept: kept,
                                    diagnostics: diagnostics, timings: timings)
        let reusedPaths = reused.flatMap { previous!.units[seeds.dossiers[$0].name]!.outputs.keys }.sorted()
        let writeStart = clock.now
        let written: [String: FileStamp]
        do {
            written = try SiteWriter.write(result.files, reusing: reusedPaths, to: options.output)
        } catch {
            var all = result.diagnostics
            all.append(contentsOf: error.diagnostics)
            throw BuildFailure(all)
        }
        result.timings.add(.write, clock.now - writeStart)
        result.reused = reusedPaths

        // Record what this build made, with the stamps the files were written with.
        for index in reused {
            next.units[seeds.dossiers[index].name] = previous!.units[seeds.dossiers[index].name]
        }
        func stamps(_ paths: [String]) -> [String: FileStamp] {
            var found: [String: FileStamp] = [:]
            for path in paths { found[path] = written[path] ?? FileStamp.of(options.output + "/" + path) }
            return found
        }
        for index in selected {
            let name = seeds.dossiers[index].name
            next.units[name] = BuildCache.Unit(fingerprint: fingerprints[index], content: contents[index], listing: result.listings[name],
                                               outputs: stamps(result.units[name] ?? []))
        }
        next.units[BuildCache.siteUnit] = BuildCache.Unit(fingerprint: siteFingerprint, listing: nil,
                                                          outputs: stamps(result.units[BuildCache.siteUnit] ?? []))
        do {
            try next.save(to: settings.folder)
        } catch {
            result.diagnostics.append(.warning(SourceLocation(file: settings.folder),
                                               "cannot save the build cache (\(error.localizedDescription)); the next build will be a full one", step: .write))
        }
        return result
    }

    /// The pages of a dossier unit with their Markdown intermediates as read from the output,
    /// or nil when one cannot be read (the dossier is then built afresh).
    static func keptPages(of unit: BuildCache.Unit, in output: String) -> [KeptPage]? {
        var pages: [KeptPage] = []
        for path in unit.outputs.keys.sorted() where path.hasSuffix(".html") {
            let markdownPath = SitePaths.markdown(for: path)
            guard unit.outputs[markdownPath] != nil, let data = FileManager.default.contents(atPath: output + "/" + markdownPath),
                  let markdown = String(validating: data, as: UTF8.self) else { return nil }
            pages.append(KeptPage(path: path, markdown: markdown))
        }
        return pages.isEmpty ? nil : pages
    }
}
