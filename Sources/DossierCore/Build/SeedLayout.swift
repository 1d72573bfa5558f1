import Foundation

/// What `seeds/` holds: one dossier (reports directly in it) or several (one per subfolder).
public struct SeedLayout: Sendable {
    public struct DossierFolder: Sendable {
        /// Path on disk.
        public var directory: String
        /// Folder name ("" for the seeds folder itself).
        public var name: String
        /// Path of the folder's `dossier.yaml`, when it has one.
        public var manifestPath: String?
        /// The parsed manifest: nil until `loadingManifest` (only dossiers being built need it).
        public var manifest: Manifest?
        /// Report files (`*.txt`), sorted by name.
        public var reportFiles: [String]
    }

    public var dossiers: [DossierFolder]
    /// True when the site gets an archive index with a folder per dossier.
    public var isArchive: Bool

    /// File extensions read as reports.
    public static let reportExtensions: Set<String> = ["txt", "text"]

    /// The discover step. A subfolder is a dossier when it holds reports or a manifest.
    public static func discover(seeds: String, diagnostics: inout Diagnostics) throws(BuildFailure) -> SeedLayout {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: seeds, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BuildFailure(.error(SourceLocation(file: seeds), "seeds folder not found (use --seeds DIR)", step: .discover))
        }
        let root = try folder(at: seeds, name: "", diagnostics: &diagnostics)
        var children: [DossierFolder] = []
        for name in try listing(seeds) where !name.hasPrefix(".") {
            let path = (seeds as NSString).appendingPathComponent(name)
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            let child = try folder(at: path, name: name, diagnostics: &diagnostics)
            if !child.reportFiles.isEmpty || child.manifest != nil { children.append(child) }
        }
        if children.isEmpty {
            if root.reportFiles.isEmpty {
                throw BuildFailure(.error(SourceLocation(file: seeds), "no reports found: add `.txt` files (or one folder of them per dossier)", step: .discover))
            }
            return SeedLayout(dossiers: [root], isArchive: false)
        }
        var dossiers = children
        if !root.reportFiles.isEmpty {
            diagnostics.append(.warning(SourceLocation(file: seeds),
                                        "reports directly in the seeds folder form their own dossier beside the \(Counted.phrase(children.count, "subfolder dossier"))",
                                        step: .discover))
            dossiers.insert(root, at: 0)
        }
        return SeedLayout(dossiers: dossiers, isArchive: true)
    }

    static func folder(at directory: String, name: String, diagnostics: inout Diagnostics) throws(BuildFailure) -> DossierFolder {
        let names = try listing(directory)
        let reports = names.filter { !$0.hasPrefix(".") && reportExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
        let manifestPath = names.contains(Manifest.fileName) ? (directory as NSString).appendingPathComponent(Manifest.fileName) : nil
        return DossierFolder(directory: directory, name: name, manifestPath: manifestPath, manifest: nil, reportFiles: reports)
    }

    static func listing(_ directory: String) throws(BuildFailure) -> [String] {
        do {
            // Byte order, not locale order: the same on every machine.
            return try FileManager.default.contentsOfDirectory(atPath: directory).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        } catch {
            throw BuildFailure(.error(SourceLocation(file: directory), "cannot list folder: \(error.localizedDescription)", step: .discover))
        }
    }
}

extension SeedLayout.DossierFolder {
    /// The folder with its manifest parsed and checked against the files that are there.
    public func loadingManifest(diagnostics: inout Diagnostics) throws(BuildFailure) -> SeedLayout.DossierFolder {
        guard let manifestPath, manifest == nil else { return self }
        guard let data = FileManager.default.contents(atPath: manifestPath) else {
            throw BuildFailure(.error(SourceLocation(file: manifestPath), "cannot read manifest", step: .discover))
        }
        let text: SourceText
        do {
            text = try SourceText.decode([UInt8](data), path: manifestPath)
        } catch {
            throw BuildFailure(error)
        }
        var loaded = self
        loaded.manifest = try Manifest.parse(text.text, path: manifestPath)
        for source in loaded.manifest!.sources where !reportFiles.contains(source.file) {
            diagnostics.append(.error(source.location, "`\(source.file)` is listed but there is no such report in \(directory)", step: .discover))
        }
        return loaded
    }
}
