import DossierTestSupport
import Foundation
import Testing

/// The `dossier` executable as a user runs it.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The binary SwiftPM built next to the test bundle.
    static let binary: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("dossier").path
        return FileManager.default.isExecutableFile(atPath: beside) ? beside : root + "/.build/debug/dossier"
    }()

    static func run(_ arguments: [String], in directory: String = root, environment: [String: String]? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A fresh empty folder among this test process's scratch folders.
    static func scratchFolder(_ name: String) throws -> String {
        try scratch.folder(name)
    }

    static let scratch = ScratchFolders(kind: "cli")

    static func scratchCopyOfSeeds() throws -> String {
        let folder = try scratchFolder("seeds")
        try FileManager.default.copyItem(atPath: root + "/seeds", toPath: folder + "/seeds")
        return folder
    }

    @Test func helpExplainsEveryCommandAndOption() throws {
        let top = try Self.run(["--help"])
        #expect(top.status == 0)
        #expect(top.stdout.contains("build"))
        let build = try Self.run(["build", "--help"])
        #expect(build.status == 0)
        for option in ["--seeds <dir>", "--templates <dir>", "--output <dir>", "--quiet", "--timings"] {
            #expect(build.stdout.contains(option), "build --help does not explain \(option)")
        }
    }

    @Test func aGoodBuildPrintsAOneLineSummary() throws {
        let folder = try Self.scratchCopyOfSeeds()
        let run = try Self.run(["build", "--seeds", "seeds", "--templates", Self.root + "/templates", "--output", "out"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Built 5 pages (11 files) from 3 reports in 1 dossier into out/ in "))
        #expect(run.stderr.isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder + "/out/briefing.html"))
    }

    @Test func badInputExitsNonZeroWithFileLineMessages() throws {
        let folder = try Self.scratchCopyOfSeeds()
        let manifest = folder + "/seeds/dossier.yaml"
        let text = try String(contentsOfFile: manifest, encoding: .utf8).replacingOccurrences(of: "    slug: the-week", with: "    slug: ../the-week")
        try text.write(toFile: manifest, atomically: true, encoding: .utf8)
        let run = try Self.run(["build", "--templates", Self.root + "/templates", "--output", "out"], in: folder)
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.first?.hasPrefix("seeds/dossier.yaml:23:11: error: [ingest] `slug` must be") == true)
        #expect(lines.last == "build failed with 1 error; out/ was left unchanged")
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }

    @Test func outputOverTheSeedsIsRefused() throws {
        let folder = try Self.scratchCopyOfSeeds()
        let run = try Self.run(["build", "--templates", Self.root + "/templates", "--output", "seeds"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("seeds: error: [write] output overlaps the input folder `seeds`"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/seeds").count == 4)
    }

    @Test func aOneLetterOutputFolderBuilds() throws {
        // Foundation's deletingLastPathComponent trapped on "o": the build crashed.
        let folder = try Self.scratchCopyOfSeeds()
        let run = try Self.run(["build", "--templates", Self.root + "/templates", "--output", "o"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/o/briefing.html"))
        #expect(FileManager.default.fileExists(atPath: folder + "/.o.dossier-cache"))
    }

    @Test func theSummaryCountsInTheSingularForOne() throws {
        let folder = try Self.scratchFolder("one")
        try FileManager.default.createDirectory(atPath: folder + "/seeds", withIntermediateDirectories: true)
        try "Talks resume\n\nNegotiators met on Monday in Geneva.\n".write(toFile: folder + "/seeds/one.txt", atomically: true, encoding: .utf8)
        let run = try Self.run(["build", "--templates", Self.root + "/templates", "--output", "out"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Built 3 pages (7 files) from 1 report in 1 dossier into out/ in "))
        #expect(run.stdout.hasSuffix(" (2 warnings).\n"))

        // A template edit: the page is laid out again from its Markdown, and the summary says so.
        let templates = folder + "/templates"
        try FileManager.default.copyItem(atPath: Self.root + "/templates", toPath: templates)
        let first = try Self.run(["build", "--templates", templates, "--output", "out"], in: folder)
        #expect(first.status == 0)
        let article = templates + "/article.mustache"
        try (try String(contentsOfFile: article, encoding: .utf8) + "\n").write(toFile: article, atomically: true, encoding: .utf8)
        let relaid = try Self.run(["build", "--templates", templates, "--output", "out"], in: folder)
        #expect(relaid.status == 0)
        #expect(relaid.stdout.contains("; templates changed: 1 dossier laid out again from its Markdown (2 warnings).\n"), "\(relaid.stdout)")
    }

    /// The old site is deleted after the swap however wide it is: with one descriptor held
    /// open per pending folder, a site of more dossiers than the open-file limit was left
    /// behind whole as `.out.dossier-tmp-PID`, while the build reported success.
    @Test func anOldSiteWiderThanTheOpenFileLimitIsDeletedWhole() throws {
        let folder = try Self.scratchFolder("wide")
        for index in 0..<80 {
            let dossier = folder + "/seeds/event-\(index)"
            try FileManager.default.createDirectory(atPath: dossier, withIntermediateDirectories: true)
            try "Talks resume \(index)\n\nNegotiators met on Monday in Geneva.\n".write(toFile: dossier + "/one.txt", atomically: true, encoding: .utf8)
        }
        let build = ["build", "--no-cache", "--quiet", "--templates", Self.root + "/templates", "--output", "out"]
        #expect(try Self.run(build, in: folder).status == 0)
        // The rebuild swaps in a new site and deletes the old one (80 dossier folders, and as
        // many again under markdown/) with at most 64 files open.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -n 64 && exec \"$0\" \"$@\"", Self.binary] + build
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["out", "seeds"])
        #expect(FileManager.default.fileExists(atPath: folder + "/out/event-79/index.html"))
    }

    /// The executable is linked with jemalloc on Linux (a linker dropping the library would
    /// leave glibc's slower allocator without any other sign), except in the sanitizer build.
    @Test func theVersionNamesTheAllocator() throws {
        let run = try Self.run(["--version"])
        #expect(run.status == 0)
        #if os(Linux)
        if ProcessInfo.processInfo.environment["DOSSIER_SYSTEM_MALLOC"] != nil {
            #expect(run.stdout.wholeMatch(of: /0\.\d+\.\d+ \(system malloc\)\n/) != nil, "\(run.stdout)")
        } else {
            #expect(run.stdout.wholeMatch(of: /0\.\d+\.\d+ \(jemalloc \d+\.\d+\.\d+\)\n/) != nil, "\(run.stdout)")
        }
        #else
        #expect(run.stdout.hasPrefix("0."))
        #endif
    }

    @Test func unknownOptionsAreUsageErrors() throws {
        let run = try Self.run(["build", "--sedes", "x"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("Unknown option '--sedes'"))
    }
}
