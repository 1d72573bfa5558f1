import Foundation
import Testing
@testable import DossierCore

@Suite struct SiteBuilderTests {
    static var seedOptions: BuildOptions {
        BuildOptions(seeds: Fixtures.seeds, templates: Fixtures.templates, output: Fixtures.site)
    }

    /// The committed site must be exactly what the build makes now: rebuild with `.ci/build`.
    @Test func committedSiteIsUpToDate() async throws {
        let result = try await SiteBuilder.plan(Self.seedOptions)
        let planned = Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.bytes) })
        let enumerator = FileManager.default.enumerator(atPath: Fixtures.site)!
        var onDisk: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: Fixtures.site + "/" + path, isDirectory: &isDirectory)
            if !isDirectory.boolValue && path != SiteWriter.markerFile { onDisk.append(path) }
        }
        #expect(onDisk.sorted() == planned.keys.sorted(), "site/ has different files than a build makes: run .ci/build")
        for (path, bytes) in planned {
            let disk = FileManager.default.contents(atPath: Fixtures.site + "/" + path).map { [UInt8]($0) }
            let upToDate = disk == bytes
            #expect(upToDate, "site/\(path) is out of date: run .ci/build")
        }
    }

    @Test func sameInputGivesTheSameBytesWhateverTheWorkerCount() async throws {
        let one = try await BuildParallelism.$override.withValue(1) { try await SiteBuilder.plan(Self.seedOptions) }
        let many = try await BuildParallelism.$override.withValue(7) { try await SiteBuilder.plan(Self.seedOptions) }
        #expect(one.files == many.files)
        #expect(one.files.map(\.path) == ["articles/al-arabiya.html", "articles/the-week.html", "articles/us-news.html",
                                          "briefing.html", "index.html", "markdown/articles/al-arabiya.md",
                                          "markdown/articles/the-week.md", "markdown/articles/us-news.md",
                                          "markdown/briefing.md", "markdown/index.md", "style.css"])
    }

    @Test func everyLinkIsRelativeAndResolvesInsideTheSite() async throws {
        let result = try await SiteBuilder.plan(Self.seedOptions)
        try Self.checkLinks(result.files)
    }

    /// Every href/src in every page is relative and points at a file (and anchor) of the site.
    static func checkLinks(_ files: [OutputFile]) throws {
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        let attribute = try Regex(#"(?:href|src)="([^"]*)""#)
        let idAttribute = try Regex(#"id="([^"]*)""#)
        for (path, html) in byPath where path.hasSuffix(".html") {
            for match in html.matches(of: attribute) {
                let link = String(match.output[1].substring!)
                #expect(!link.hasPrefix("/") && !link.contains("://"), "\(path): absolute link \(link)")
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let target: String
                if parts[0].isEmpty {
                    target = path
                } else {
                    let url = URL(fileURLWithPath: "/site/" + path).deletingLastPathComponent().appendingPathComponent(String(parts[0])).standardized
                    #expect(url.path.hasPrefix("/site/"), "\(path): link \(link) leaves the site")
                    target = String(url.path.dropFirst("/site/".count))
                }
                #expect(byPath[target] != nil, "\(path): link \(link) points at a missing file")
                if parts.count == 2, let page = byPath[target] {
                    let ids = Set(page.matches(of: idAttribute).map { String($0.output[1].substring!) })
                    #expect(ids.contains(String(parts[1])), "\(path): link \(link) points at a missing anchor")
                }
            }
        }
    }

    @Test func aFolderPerDossierGivesAnArchiveWithItsOwnPages() async throws {
        let seeds = try Fixtures.temporaryFolder()
        for (folder, title) in [("geneva", "Talks"), ("homs", "Siege")] {
            try FileManager.default.createDirectory(atPath: "\(seeds)/\(folder)", withIntermediateDirectories: true)
            for file in Fixtures.seedFiles.prefix(2) {
                try FileManager.default.copyItem(atPath: "\(Fixtures.seeds)/\(file)", toPath: "\(seeds)/\(folder)/\(file)")
            }
            try "title: \(title)\ndate: 2014-02-1\(folder.count % 9)\nsources:\n  - file: \(Fixtures.seedFiles[0])\n    outlet: A\n"
                .write(toFile: "\(seeds)/\(folder)/dossier.yaml", atomically: true, encoding: .utf8)
        }
        let result = try await SiteBuilder.plan(BuildOptions(seeds: seeds, templates: Fixtures.templates, output: seeds + "-site"))
        let paths = Set(result.files.map(\.path))
        #expect(paths.contains("index.html"))
        #expect(paths.isSuperset(of: ["geneva/index.html", "geneva/briefing.html", "geneva/articles/a.html",
                                      "homs/index.html", "homs/articles/003-d28daf7b26a994aa.html"]))
        // The second report of each folder is not in its manifest: built anyway, with a warning.
        #expect(result.diagnostics.warnings.filter { $0.message.contains("not listed") }.count == 2)
        let archive = String(decoding: result.files.first { $0.path == "index.html" }!.bytes, as: UTF8.self)
        #expect(archive.contains("href=\"geneva/index.html\"") && archive.contains("href=\"homs/briefing.html\""))
        try Self.checkLinks(result.files)
    }

    @Test func aBadReportFailsTheBuildWithItsPositionAndWritesNothing() async throws {
        let seeds = try Fixtures.temporaryFolder()
        try FileManager.default.copyItem(atPath: "\(Fixtures.seeds)/\(Fixtures.seedFiles[0])", toPath: "\(seeds)/good.txt")
        try Data("Headline\nCaf\u{E9}".utf8.map { $0 } + [0xE9]).write(to: URL(fileURLWithPath: "\(seeds)/bad.txt"))
        let output = seeds + "-site"
        // A first good build…
        try FileManager.default.removeItem(atPath: "\(seeds)/bad.txt")
        _ = try await SiteBuilder.build(BuildOptions(seeds: seeds, templates: Fixtures.templates, output: output))
        let before = try FileManager.default.subpathsOfDirectory(atPath: output).sorted()
        // …then a bad file: the build fails and the old site is untouched.
        try Data(Array("Headline\nCaf".utf8) + [0xE9]).write(to: URL(fileURLWithPath: "\(seeds)/bad.txt"))
        await #expect {
            try await SiteBuilder.build(BuildOptions(seeds: seeds, templates: Fixtures.templates, output: output))
        } throws: { error in
            "\(error)".contains("\(seeds)/bad.txt:2:4: error: [ingest] not valid UTF-8")
        }
        #expect(try FileManager.default.subpathsOfDirectory(atPath: output).sorted() == before)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: (output as NSString).deletingLastPathComponent)
        #expect(!siblings.contains { $0.contains(".dossier-tmp-") })
    }
}
