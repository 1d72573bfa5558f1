import Foundation
import Testing
@testable import DossierCore

@Suite struct PrintEditionTests {
    /// A stand-in for Chromium: a shell script that acts on the arguments the real one gets.
    static func fakeChromium(_ body: String) throws -> String {
        let folder = try Fixtures.temporaryFolder("fake-chromium")
        let path = folder + "/chromium"
        let script = """
            #!/bin/sh
            for argument in "$@"; do
              case "$argument" in
                --print-to-pdf=*) pdf="${argument#--print-to-pdf=}" ;;
                file://*) page="${argument#file://}" ;;
              esac
            done
            \(body)
            """
        // Written with O_CLOEXEC, so a process another test spawns meanwhile cannot inherit the
        // open file and make running the script fail with ETXTBSY.
        _ = try Array(script.utf8).withUnsafeBufferPointer { try SiteWriter.writeFile($0, to: path) }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    static func builtSeeds() async throws -> (result: BuildResult, folder: String) {
        let folder = try Fixtures.temporaryFolder("print")
        let result = try await SiteBuilder.build(BuildOptions(seeds: Fixtures.seeds, templates: Fixtures.templates, output: folder + "/site"))
        return (result, folder)
    }

    @Test func theBriefingIsPrintedFromACopyThatStatesThePaper() async throws {
        let (build, folder) = try await Self.builtSeeds()
        let seen = folder + "/page-chromium-saw.html"
        let chromium = try Self.fakeChromium("""
            cp "$page" "\(seen)"
            test -f "$(dirname "$page")/style.css" || exit 3
            printf '%%PDF-1.4\\n1 0 obj <</Type /Pages /Count 2 /Kids []>> endobj\\n' > "$pdf"
            """)
        let result = try await PrintEdition.print(build, with: chromium, options: PrintOptions(pdf: folder + "/out/briefing.pdf", paper: .letter))
        #expect(result.page == "briefing.html")
        #expect(result.pageCount == 2)
        let pdf = try #require(FileManager.default.contents(atPath: folder + "/out/briefing.pdf"))
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        let page = try String(contentsOfFile: seen, encoding: .utf8)
        #expect(page.contains("<style>@page { size: letter; }</style>\n</head>"))
        let site = try String(contentsOfFile: folder + "/site/briefing.html", encoding: .utf8)
        #expect(!site.contains("@page { size"), "the site itself never states a paper size")
    }

    @Test func chromiumExitingWithoutAPDFIsAFailureAndKeepsTheOldPDF() async throws {
        let (build, folder) = try await Self.builtSeeds()
        let previous = folder + "/briefing.pdf"
        try Data("%PDF-1.4 previous".utf8).write(to: URL(fileURLWithPath: previous))
        let silent = try Self.fakeChromium("echo 'ERROR:headless_command_handler.cc Failed to write file' >&2\nexit 0")
        await #expect(throws: PrintFailure.noPDFWritten(status: 0, log: "  ERROR:headless_command_handler.cc Failed to write file")) {
            try await PrintEdition.print(build, with: silent, options: PrintOptions(pdf: previous))
        }
        let html = try Self.fakeChromium("echo '<html>' > \"$pdf\"")
        await #expect(throws: PrintFailure.notAPDF(log: "")) {
            try await PrintEdition.print(build, with: html, options: PrintOptions(pdf: previous))
        }
        #expect(try String(contentsOfFile: previous, encoding: .utf8) == "%PDF-1.4 previous")
    }

    @Test func aHangingChromiumIsStopped() async throws {
        let (build, folder) = try await Self.builtSeeds()
        let hanging = try Self.fakeChromium("exec sleep 30")
        let clock = ContinuousClock()
        let start = clock.now
        await #expect(throws: PrintFailure.chromiumTimedOut(seconds: 1, log: "")) {
            try await PrintEdition.print(build, with: hanging, options: PrintOptions(pdf: folder + "/b.pdf", timeout: .seconds(1)))
        }
        #expect(clock.now - start < .seconds(10))
    }

    @Test func aPDFInsideTheSiteOrTheInputsIsRefused() throws {
        let options = BuildOptions(seeds: "seeds", templates: "templates", output: "site")
        #expect(throws: PrintFailure.pdfInsideInput(pdf: "site/briefing.pdf", folder: "site", option: "--output")) {
            try PrintEdition.checkDestination("site/briefing.pdf", build: options)
        }
        #expect(throws: PrintFailure.pdfInsideInput(pdf: "./templates/b.pdf", folder: "templates", option: "--templates")) {
            try PrintEdition.checkDestination("./templates/b.pdf", build: options)
        }
        try PrintEdition.checkDestination("briefing.pdf", build: options)
        try PrintEdition.checkDestination("site-briefing.pdf", build: options)
    }

    /// Set in CI (.ci/test), where Chromium is installed first: there the end-to-end test must run, not skip.
    static var chromiumRequired: Bool { ProcessInfo.processInfo.environment["DOSSIER_REQUIRE_CHROMIUM"] == "1" }
    static var installedChromium: String? { try? ChromiumLocator.locate(environment: ProcessInfo.processInfo.environment) }

    @Test(.enabled(if: installedChromium != nil || chromiumRequired, "headless Chromium is not installed (apt-get install chromium); .ci/test installs it"),
          arguments: PaperSize.allCases)
    func realChromiumPrintsTheSeedsBriefing(paper: PaperSize) async throws {
        let chromium = try ChromiumLocator.locate(environment: ProcessInfo.processInfo.environment)
        let (build, folder) = try await Self.builtSeeds()
        let pdf = folder + "/briefing-\(paper.rawValue).pdf"
        let result = try await PrintEdition.print(build, with: chromium, options: PrintOptions(pdf: pdf, paper: paper))
        let bytes = try #require(FileManager.default.contents(atPath: pdf))
        #expect(bytes.starts(with: Data("%PDF-".utf8)))
        #expect((result.pageCount ?? 0) >= 1)
        guard let info = Self.pdfinfo(pdf) else {
            Issue.record("pdfinfo (poppler-utils) is not installed: page count and size checked from the PDF's own page tree only", severity: .warning)
            return
        }
        #expect(Int(info["Pages"] ?? "") == result.pageCount, "pdfinfo and the page tree disagree on the page count")
        let size = try #require(info["Page size"]).split(separator: " ")
        let width = try #require(Double(size[0])), height = try #require(Double(size[2]))
        #expect(abs(width - paper.points.width) < 1 && abs(height - paper.points.height) < 1, "\(paper.label) asked, got \(width) × \(height) pt")
    }

    /// `pdfinfo`'s "Key: value" lines, or nil when poppler-utils is not installed.
    static func pdfinfo(_ pdf: String) -> [String: String]? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .map { $0 + "/pdfinfo" }.first(where: ChromiumLocator.isExecutableFile)
        guard let path else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [pdf]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var info: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            info[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return info
    }
}
