import Foundation

/// Content hashes of the build's inputs, taken from the last build's cache when a file's
/// stamp is unchanged and computed from its bytes otherwise. Every hash is recorded in the
/// next cache.
struct InputHashes {
    let previous: BuildCache?
    var next: BuildCache
    /// Files whose bytes were read and hashed (their stamp had changed or was unknown).
    var hashedFiles = 0

    init(previous: BuildCache?, tool: String) {
        self.previous = previous
        self.next = BuildCache(tool: tool)
    }

    mutating func hash(_ path: String) throws(BuildFailure) -> ContentHash {
        guard let stamp = FileStamp.of(path) else {
            throw BuildFailure(.error(SourceLocation(file: path), "cannot read file", step: .discover))
        }
        if let known = previous?.inputs[path], known.stamp == stamp {
            next.inputs[path] = known
            return known.hash
        }
        guard let bytes = ReadableFile(path)?.readAll() else {
            throw BuildFailure(.error(SourceLocation(file: path), "cannot read file", step: .discover))
        }
        let hash = ContentHash.of(bytes)
        hashedFiles += 1
        // The stamp read before the bytes: a file changed while being read is hashed again next time.
        next.inputs[path] = BuildCache.Input(stamp: stamp, hash: hash)
        return hash
    }

    /// The templates folder as one hash: every file the layout loads, by name and content.
    mutating func templates(_ directory: String) throws(BuildFailure) -> ContentHash {
        var hasher = ContentHasher()
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(".") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            guard FileStamp.of(path) != nil else { continue }
            hasher.add(name)
            hasher.add(try hash(path))
        }
        return hasher.finish()
    }

    /// A dossier's fingerprint: everything its pages are made from.
    static func fingerprint(content: ContentHash, templates: ContentHash) -> ContentHash {
        var hasher = ContentHasher()
        hasher.add("dossier")
        hasher.add(content)
        hasher.add(templates)
        return hasher.finish()
    }

    /// `content(of:isArchive:)` of every folder, on all cores (reading and hashing every report
    /// is the most of discover in a build from scratch): each worker hashes with its own
    /// record, merged here in folder order; the first folder that fails is the error.
    mutating func contents(of folders: [SeedLayout.DossierFolder], isArchive: Bool) async throws(BuildFailure) -> [ContentHash] {
        let previous = self.previous, tool = next.tool
        let results = await ConcurrentMap.map(folders) { folder in
            var local = InputHashes(previous: previous, tool: tool)
            let hash = Result { () throws(BuildFailure) in try local.content(of: folder, isArchive: isArchive) }
            return (hash, local.next.inputs, local.hashedFiles)
        }
        var hashes: [ContentHash] = []
        for (hash, inputs, hashed) in results {
            next.inputs.merge(inputs) { _, new in new }
            hashedFiles += hashed
            hashes.append(try hash.get())
        }
        return hashes
    }

    /// A dossier's content fingerprint: everything its Markdown intermediates are made from
    /// (the tool's own version is in the cache's `tool`).
    mutating func content(of folder: SeedLayout.DossierFolder, isArchive: Bool) throws(BuildFailure) -> ContentHash {
        var hasher = ContentHasher()
        hasher.add("dossier content")
        hasher.add(isArchive ? "archive" : "single")
        hasher.add(folder.name)
        if let manifest = folder.manifestPath { hasher.add(try hash(manifest)) } else { hasher.add("no manifest") }
        for file in folder.reportFiles {
            hasher.add(file)
            hasher.add(try hash((folder.directory as NSString).appendingPathComponent(file)))
        }
        return hasher.finish()
    }
}
