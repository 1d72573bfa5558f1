import Foundation
import Testing
@testable import DossierCore

/// Incremental builds must be invisible in the output: after any change, the site is byte
/// for byte what a full build makes, and a build with nothing to do writes nothing.
@Suite struct IncrementalBuildTests {
    /// A scratch workspace: an archive of three dossiers made from the seed reports, a copy of
    /// the templates, an output folder and a cache folder.
    struct Workspace {
        let root: String
        var seeds: String { root + "/seeds" }
        var templates: String { root + "/templates" }
        var output: String { root + "/site" }
        var cache: CacheSettings { CacheSettings(folder: root + "/cache", tool: "test-tool") }
        var options: BuildOptions { BuildOptions(seeds: seeds, templates: templates, output: output) }

        init() throws {
            root = try Fixtures.temporaryFolder("incremental")
            let files = FileManager.default
            try files.copyItem(atPath: Fixtures.templates, toPath: templates)
            for (folder, title) in [("alpha", "Alpha talks"), ("beta", "Beta siege"), ("gamma", "Gamma truce")] {
                try files.createDirectory(atPath: "\(seeds)/\(folder)", withIntermediateDirectories: true)
                for file in Fixtures.seedFiles.prefix(2) {
                    try files.copyItem(atPath: "\(Fixtures.seeds)/\(file)", toPath: "\(seeds)/\(folder)/\(file)")
                }
                try "title: \(title)\ndate: 2014-02-10\nsources:\n  - file: \(Fixtures.seedFiles[0])\n    outlet: Outlet \(folder)\n    published: 2014-02-10\n"
                    .write(toFile: "\(seeds)/\(folder)/dossier.yaml", atomically: true, encoding: .utf8)
            }
        }

        func build() async throws -> BuildResult {
            try await SiteBuilder.build(options, cache: cache)
        }

        /// What a full build from scratch makes of the same inputs, as path → bytes.
        func fullBuild() async throws -> [String: [UInt8]] {
            let result = try await SiteBuilder.plan(options)
            return Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.bytes) })
        }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try change(text).write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    /// Every file of a built site (the marker excepted), as path → bytes.
    static func contents(of site: String) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: site) where path != SiteWriter.markerFile {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: site + "/" + path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[path] = [UInt8](FileManager.default.contents(atPath: site + "/" + path)!) }
        }
        return files
    }

    static func expectSameAsFullBuild(_ workspace: Workspace, sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
        let built = try contents(of: workspace.output)
        let full = try await workspace.fullBuild()
        #expect(built.keys.sorted() == full.keys.sorted(), sourceLocation: sourceLocation)
        let differing = full.keys.filter { built[$0] != full[$0] }.sorted()
        #expect(differing.isEmpty, "differs from a full build: \(differing)", sourceLocation: sourceLocation)
    }

    @Test func aSecondBuildWithNothingChangedWritesNothing() async throws {
        let workspace = try Workspace()
        let first = try await workspace.build()
        #expect(first.rebuiltDossiers == 3 && !first.upToDate)
        let inode = FileStamp.of(workspace.output + "/index.html")!.inode
        let siteStamp = try FileManager.default.attributesOfItem(atPath: workspace.output)[.systemFileNumber] as? Int
        let second = try await workspace.build()
        #expect(second.upToDate)
        #expect(second.files.isEmpty && second.rebuiltDossiers == 0)
        #expect(second.pages == first.pages && second.reports == first.reports && second.dossiers == 3)
        #expect(FileStamp.of(workspace.output + "/index.html")!.inode == inode)
        #expect(try FileManager.default.attributesOfItem(atPath: workspace.output)[.systemFileNumber] as? Int == siteStamp)
        try await Self.expectSameAsFullBuild(workspace)
    }

    @Test func editingOneReportRebuildsOnlyItsDossier() async throws {
        let workspace = try Workspace()
        _ = try await workspace.build()
        try workspace.edit("\(workspace.seeds)/beta/\(Fixtures.seedFiles[1])") {
            $0.replacingOccurrences(of: "over 136,000 people", with: "more than 140,000 people")
        }
        let result = try await workspace.build()
        #expect(result.rebuiltDossiers == 1)
        #expect(result.reused.contains("alpha/briefing.html") && result.reused.contains("gamma/index.html"))
        #expect(!result.reused.contains { $0.hasPrefix("beta/") })
        try await Self.expectSameAsFullBuild(workspace)
        let briefing = String(decoding: try Self.contents(of: workspace.output)["beta/briefing.html"]!, as: UTF8.self)
        #expect(briefing.contains("more than 140,000"))
    }

    @Test func touchingAFileWithoutChangingItIsNotAChange() async throws {
        let workspace = try Workspace()
        _ = try await workspace.build()
        try workspace.edit("\(workspace.seeds)/alpha/\(Fixtures.seedFiles[0])") { $0 }
        #expect(try await workspace.build().upToDate)
    }

    @Test func editingATemplateRebuildsEverything() async throws {
        let workspace = try Workspace()
        _ = try await workspace.build()
        try workspace.edit(workspace.templates + "/article.mustache") { $0.replacingOccurrences(of: "min read", with: "minutes to read") }
        let result = try await workspace.build()
        #expect(result.rebuiltDossiers == 3 && result.reused.isEmpty)
        #expect(result.laidOutAgain == 3, "only the layout changed: every dossier's Markdown is reused")
        try await Self.expectSameAsFullBuild(workspace)
        let articles = try Self.contents(of: workspace.output).filter { $0.key.contains("/articles/") && $0.key.hasSuffix(".html") }
        #expect(articles.count == 6 && articles.values.allSatisfy { String(decoding: $0, as: UTF8.self).contains("minutes to read") })
    }

    @Test func aTemplateAndAReportEditedTogetherRecomposeOnlyThatReportsDossier() async throws {
        let workspace = try Workspace()
        _ = try await workspace.build()
        try workspace.edit(workspace.templates + "/briefing.mustache") { $0 + "\n" }
        try workspace.edit("\(workspace.seeds)/beta/\(Fixtures.seedFiles[1])") {
            $0.replacingOccurrences(of: "over 136,000 people", with: "more than 140,000 people")
        }
        let result = try await workspace.build()
        #expect(result.rebuiltDossiers == 3 && result.laidOutAgain == 2)
        try await Self.expectSameAsFullBuild(workspace)
    }

    @Test func aHandEditedIntermediateIsRecomposedNotLaidOutAgain() async throws {
        let workspace = try Workspace()
        _ = try await workspace.build()
        try workspace.edit(workspace.output + "/markdown/gamma/briefing.md") { $0.replacingOccurrences(of: "Gamma truce", with: "Edited by hand") }
        try workspace.edit(workspace.templates + "/article.mustache") { $0.replacingOccurrences(of: "min read", with: "minutes to read") }
        let result = try await workspace.build()
        #expect(result.rebuiltDossiers == 3 && result.laidOutAgain == 2)
        try await Self.expectSameAsFullBuild(workspace)
    }

    @Test func addingAndRemovingDossiersUpdatesTheArchive() async throws {
        let workspace = try Workspace()
        _ = try await workspace.build()
        try FileManager.default.removeItem(atPath: workspace.seeds + "/gamma")
        let removed = try await workspace.build()
        #expect(removed.rebuiltDossiers == 0 && removed.dossiers == 2)
        #expect(try !Self.contents(of: workspace.output).keys.contains { $0.hasPrefix("gamma/") })
        try await Self.expectSameAsFullBuild(workspace)

        try FileManager.default.copyItem(atPath: workspace.seeds + "/beta", toPath: workspace.seeds + "/delta")
        try workspace.edit(workspace.seeds + "/delta/dossier.yaml") { $0.replacingOccurrences(of: "Beta siege", with: "Delta").appending("slug: delta\n") }
        let added = try await workspace.build()
        #expect(added.rebuiltDossiers == 1 && added.dossiers == 3)
        try await Self.expectSameAsFullBuild(workspace)
    }

    @Test func aPageChangedInTheOutputIsRebuilt() async throws {
        let workspace = try Workspace()
        _ = try await workspace.build()
        try FileManager.default.removeItem(atPath: workspace.output + "/alpha/briefing.html")
        try "tampered".write(toFile: workspace.output + "/beta/index.html", atomically: true, encoding: .utf8)
        let result = try await workspace.build()
        #expect(result.rebuiltDossiers == 2)
        try await Self.expectSameAsFullBuild(workspace)
    }

    @Test func aMissingOrDamagedCacheMeansAFullBuild() async throws {
        let workspace = try Workspace()
        _ = try await workspace.build()
        try FileManager.default.removeItem(atPath: workspace.cache.folder)
        #expect(try await workspace.build().rebuiltDossiers == 3)
        try "dossier-build-cache\t1\ntool\ttest-tool\nunit\tgarbage\n".write(toFile: workspace.cache.folder + "/state.tsv", atomically: true, encoding: .utf8)
        #expect(try await workspace.build().rebuiltDossiers == 3)
        try await Self.expectSameAsFullBuild(workspace)
        // Another build of the tool never reuses this one's pages.
        let other = CacheSettings(folder: workspace.cache.folder, tool: "another-tool")
        #expect(try await SiteBuilder.build(workspace.options, cache: other).rebuiltDossiers == 3)
    }

    @Test func theCacheCannotLiveInsideTheOutputOrTheInputs() async throws {
        let workspace = try Workspace()
        for folder in [workspace.output + "/.cache", workspace.seeds + "/cache", workspace.templates + "/cache"] {
            await #expect(throws: BuildFailure.self) {
                try await SiteBuilder.build(workspace.options, cache: CacheSettings(folder: folder, tool: "t"))
            }
        }
    }

    @Test func theCacheFileRoundTrips() throws {
        var cache = BuildCache(tool: "tool\twith tab")
        cache.inputs["seeds/a b%.txt"] = .init(stamp: FileStamp(size: 5, modified: -3, inode: 9), hash: ContentHash.of("x"))
        let listing = DossierListing(slug: "s", title: "Title\twith tab", date: CivilDate(iso: "2014-02-10"), reportCount: 2,
                                     language: "en", paths: SitePaths(prefix: "s/"))
        // A folder name with nothing to escape but a Windows line break, which is one Character.
        cache.units["folder\r\nname"] = .init(fingerprint: ContentHash.of("f"), content: ContentHash.of("c"), listing: listing, outputs: ["s/index.html": FileStamp(size: 1, modified: 2, inode: 3)])
        cache.units[BuildCache.siteUnit] = .init(fingerprint: ContentHash.of("g"), listing: nil, outputs: ["style.css": FileStamp(size: 4, modified: 5, inode: 6)])
        #expect(BuildCache.parse(cache.serialized()) == cache)
        // One line per record, read as bytes: header, tool, input, two units, content, two outputs.
        #expect(cache.serialized().utf8.split(separator: UInt8(ascii: "\n")).count == 8)
        #expect(!cache.serialized().utf8.contains(UInt8(ascii: "\r")))
        #expect(BuildCache.parse("not a cache") == nil)
    }

    /// A damaged cache is no cache: every malformed line makes the whole file unreadable.
    @Test func aDamagedCacheFileIsRefusedWhole() throws {
        var cache = BuildCache(tool: "t")
        cache.inputs["seeds/a.txt"] = .init(stamp: FileStamp(size: 5, modified: 7, inode: 9), hash: ContentHash.of("x"))
        cache.units["d"] = .init(fingerprint: ContentHash.of("f"), listing: nil, outputs: ["d/index.html": FileStamp(size: 1, modified: 2, inode: 3)])
        let text = cache.serialized()
        #expect(BuildCache.parse(text) == cache)
        let hash = ContentHash.of("x").description
        for damaged in [text.replacingOccurrences(of: "\n", with: "\r\n"),      // line breaks made Windows ones
                        text.replacingOccurrences(of: hash, with: hash.dropLast() + "g"), // not a hexadecimal digit
                        text.replacingOccurrences(of: hash, with: String(hash.dropLast())),
                        text.replacingOccurrences(of: "\t7\t", with: "\t7x\t"),   // not a number
                        text.replacingOccurrences(of: "unit\t", with: "unti\t"),   // unknown record
                        text.replacingOccurrences(of: "output\td/index.html\t1\t2\t3\n", with: "output\td/index.html\t1\t2\n"),
                        String(text.drop { $0 != "\n" }.dropFirst()),              // no header
                        "dossier-build-cache\t2\n"] {
            #expect(BuildCache.parse(damaged) == nil, "\(damaged)")
        }
        // An output line before any unit belongs to nothing.
        #expect(BuildCache.parse("dossier-build-cache\t2\ntool\tt\noutput\ta\t1\t2\t3\n") == nil)
    }

    @Test func contentHashesSeparateTheirParts() {
        var ab = ContentHasher(), a = ContentHasher()
        ab.add("ab"); ab.add("c")
        a.add("a"); a.add("bc")
        #expect(ab.finish() != a.finish())
        #expect(ContentHash.of("same") == ContentHash.of("same"))
        #expect(ContentHash.of("") != ContentHash.of("\u{0}"))
        #expect(ContentHash(hex: Substring(ContentHash.of("x").description)) == ContentHash.of("x"))
        #expect(ContentHash(hex: "0123456789ABCDEF0123456789abcdef")?.description == "0123456789abcdef0123456789abcdef")
        #expect(ContentHash(hex: "+123456789abcdef0123456789abcdef") == nil)
        #expect(ContentHash(hex: "0123456789abcdef0123456789abcde") == nil)
    }

    /// Contiguous bytes, read eight at a time, hash as the byte-by-byte loop hashes any other
    /// collection, at every length around a word's edge: caches written before stay valid.
    @Test func contiguousBytesHashAsTheByteLoopDoes() {
        let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 299, 300] {
            let prefix = Array(bytes.prefix(length))
            #expect(ContentHash.of(prefix) == ContentHash.of(prefix.lazy.map { $0 }), "length \(length)")
        }
    }
}
