import Foundation
import Testing

/// `dossier pdf` as a user runs it.
@Suite struct PdfCommandTests {
    typealias CLI = CommandLineTests

    @Test func helpExplainsEveryOptionAndWhereThePDFGoes() throws {
        let help = try CLI.run(["pdf", "--help"])
        #expect(help.status == 0)
        // Help is wrapped to the terminal: compare with runs of white space made single spaces.
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for option in ["--seeds <dir>", "--templates <dir>", "--output <dir>", "--pdf <file>", "--paper <size>",
                       "--dossier <slug>", "--timeout <seconds>", "--quiet", "values: a4, letter", "default: briefing.pdf",
                       "DOSSIER_CHROMIUM", "apt-get install chromium", "outside the site folder"] {
            #expect(text.contains(option), "pdf --help does not explain \(option)")
        }
        #expect(try CLI.run(["--help"]).stdout.contains("pdf"))
    }

    @Test func withoutChromiumNothingIsBuiltAndTheMessageSaysHowToInstallIt() throws {
        let folder = try CLI.scratchCopyOfSeeds()
        let emptyBin = folder + "/bin"
        try FileManager.default.createDirectory(atPath: emptyBin, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = emptyBin
        environment["DOSSIER_CHROMIUM"] = nil
        let run = try CLI.run(["pdf", "--templates", CLI.root + "/templates", "--output", "out"], in: folder, environment: environment)
        #expect(run.status == 69)
        #expect(run.stderr.contains("apt-get install chromium"))
        #expect(run.stderr.contains("DOSSIER_CHROMIUM"))
        #expect(run.stderr.hasSuffix("pdf failed; nothing was built or printed\n"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/briefing.pdf"))
    }

    @Test func aPDFInsideTheSiteIsRefusedBeforeBuilding() throws {
        let folder = try CLI.scratchCopyOfSeeds()
        var environment = ProcessInfo.processInfo.environment
        environment["DOSSIER_CHROMIUM"] = "/bin/true"
        let run = try CLI.run(["pdf", "--templates", CLI.root + "/templates", "--output", "out", "--pdf", "out/briefing.pdf"], in: folder, environment: environment)
        #expect(run.status == 1)
        #expect(run.stderr.contains("--pdf out/briefing.pdf is inside --output out"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }

    @Test func aBadPaperSizeIsAUsageError() throws {
        let run = try CLI.run(["pdf", "--paper", "a3"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("Please provide one of 'a4' and 'letter'"))
    }

    static var chromiumRequired: Bool { ProcessInfo.processInfo.environment["DOSSIER_REQUIRE_CHROMIUM"] == "1" }
    /// The same search as `dossier pdf` makes (DOSSIER_CHROMIUM, else the usual names on PATH).
    static var chromiumInstalled: Bool {
        let environment = ProcessInfo.processInfo.environment
        let override = environment["DOSSIER_CHROMIUM"].flatMap { $0.isEmpty ? nil : $0 }
        let names = override.map { [$0] } ?? ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
        let directories = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return names.contains { name in
            let candidates = name.contains("/") ? [name] : directories.map { "\($0)/\(name)" }
            return candidates.contains { FileManager.default.isExecutableFile(atPath: $0) }
        }
    }

    @Test(.enabled(if: chromiumInstalled || chromiumRequired, "headless Chromium is not installed (apt-get install chromium); .ci/test installs it"))
    func printsTheBriefingBesideTheSite() throws {
        let folder = try CLI.scratchCopyOfSeeds()
        let run = try CLI.run(["pdf", "--templates", CLI.root + "/templates", "--output", "out", "--paper", "letter"], in: folder)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first == "Built 5 pages from 3 reports into out/.")
        #expect(lines.last?.hasPrefix("Printed out/briefing.html to briefing.pdf (") == true)
        #expect(lines.last?.contains(", US Letter, ") == true)
        let pdf = try #require(FileManager.default.contents(atPath: folder + "/briefing.pdf"))
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/out").allSatisfy { !$0.hasSuffix(".pdf") })
    }
}
