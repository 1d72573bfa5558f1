import Foundation

/// Reads one dossier folder into a `Dossier`: ingest and clean every report, match it to
/// its manifest entry (or infer what can be inferred), and name every page.
enum DossierAssembler {
    /// The ingest step for one report file: bytes from disk, decoded.
    static func readText(at path: String) throws(Diagnostic) -> SourceText {
        guard let file = ReadableFile(path) else {
            throw .error(SourceLocation(file: path), "cannot read file", step: .ingest)
        }
        // Checked before reading, so a stray 2 GB dump in seeds/ costs no memory.
        try SourceText.checkSize(file.size, path: path)
        guard let bytes = file.readAll() else {
            throw .error(SourceLocation(file: path), "cannot read file", step: .ingest)
        }
        return try SourceText.decode(bytes, path: path)
    }

    /// The clean step for one report, with the warnings of both steps.
    static func clean(_ text: SourceText) -> Result<(CleanText, [Diagnostic]), Diagnostic> {
        do {
            let clean = try ReportCleaner.clean(text)
            var warnings = text.warnings
            if clean.body.isEmpty {
                warnings.append(.warning(SourceLocation(file: text.path), "no body text after cleaning; only a headline was found", step: .clean))
            }
            return .success((clean, warnings))
        } catch {
            return .failure(error)
        }
    }

    /// Names the reports of a folder (manifest order first, then unlisted files by name).
    static func sources(for folder: SeedLayout.DossierFolder, diagnostics: inout Diagnostics) -> [ReportSource] {
        let listed = Dictionary(uniqueKeysWithValues: (folder.manifest?.sources ?? []).map { ($0.file, $0) })
        let ordered = (folder.manifest?.sources.map(\.file) ?? []).filter(folder.reportFiles.contains)
            + folder.reportFiles.filter { listed[$0] == nil }
        var taken = Set((folder.manifest?.sources ?? []).compactMap(\.slug))
        var result: [ReportSource] = []
        for file in ordered {
            let path = (folder.directory as NSString).appendingPathComponent(file)
            if let entry = listed[file] {
                let slug = entry.slug ?? unique(Slug.make(entry.outlet).nonEmpty ?? Slug.make(stem(file)).nonEmpty ?? "report", in: &taken)
                result.append(ReportSource(path: path, fileName: file, outlet: entry.outlet, published: entry.published,
                                           slug: slug, url: entry.url, isListed: true))
            } else {
                let where_ = folder.manifest.map { "not listed in \($0.location.file)" } ?? "no \(Manifest.fileName) in its folder"
                diagnostics.append(.warning(SourceLocation(file: path), "\(where_): outlet and date unknown, built as an unlisted source", step: .ingest))
                let slug = unique(Slug.make(stem(file)).nonEmpty ?? "report", in: &taken)
                result.append(ReportSource(path: path, fileName: file, outlet: "Unlisted source (\(file))", published: nil,
                                           slug: slug, url: nil, isListed: false))
            }
        }
        return result
    }

    static func stem(_ file: String) -> String { (file as NSString).deletingPathExtension }

    static func unique(_ base: String, in taken: inout Set<String>) -> String {
        var candidate = base
        var counter = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        taken.insert(candidate)
        return candidate
    }
}

extension String {
    /// nil for the empty string, so `??` can fall through to the next candidate.
    var nonEmpty: String? { isEmpty ? nil : self }
}
