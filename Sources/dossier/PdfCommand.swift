import ArgumentParser
import DossierCore
import Foundation

struct PdfCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "Build the site, then print its briefing to a PDF with headless Chromium.",
        discussion: """
            Builds exactly as `dossier build` does (same options, same site), then prints the \
            briefing page through the stylesheet's print rules: title block, running footer \
            with page numbers, link targets printed after the links, no navigation.

            The PDF is written outside the site folder (default: briefing.pdf in the current \
            folder) because the site is replaced whole on every build and checked against a \
            fresh build: a PDF inside it would vanish on the next build and would make the \
            site depend on an installed browser. A path inside --output, --seeds or \
            --templates is refused.

            Needs Chromium or Google Chrome: the first of chromium, chromium-browser, \
            google-chrome, google-chrome-stable found on PATH, or the binary named by the \
            environment variable DOSSIER_CHROMIUM. Without one, nothing is built and the exit \
            status is 69; install it with `apt-get install chromium` (Debian, Ubuntu).
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp(
        "Where to write the PDF (a file outside the site folder). Replaced only once the new PDF is complete.",
        valueName: "file"))
    var pdf = "briefing.pdf"

    @Option(name: .long, help: ArgumentHelp(
        "Paper size: a4 (210 × 297 mm) or letter (US Letter, 8.5 × 11 in). The site itself leaves paper to the reader's printer.",
        valueName: "size"))
    var paper: PaperSize = .a4

    @Option(name: .long, help: ArgumentHelp(
        "When the seeds hold one folder per dossier: the dossier to print (its folder name in the site).",
        valueName: "slug"))
    var dossier: String?

    @Option(name: .long, help: ArgumentHelp(
        "Seconds Chromium may take to print before it is stopped.",
        valueName: "seconds"))
    var timeout = 120

    @Flag(name: .shortAndLong, help: "Print only errors, no warnings and no summary.")
    var quiet = false

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    func run() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        let options = PrintOptions(pdf: pdf, paper: paper, dossier: dossier, timeout: .seconds(timeout))
        // Everything that can be known before building is checked first, so a missing
        // browser or a bad --pdf leaves the site untouched.
        let chromium: String
        do {
            chromium = try ChromiumLocator.locate(environment: ProcessInfo.processInfo.environment)
            try PrintEdition.checkDestination(pdf, build: site.buildOptions)
        } catch {
            Console.error("error: \(error)")
            Console.error("pdf failed; nothing was built or printed")
            throw ExitCode(error.isMissingBrowser ? Self.browserMissingStatus : ExitCode.failure.rawValue)
        }

        let build: BuildResult
        do {
            build = try await SiteBuilder.build(site.buildOptions)
        } catch {
            Console.report(quiet ? Diagnostics(error.diagnostics.errors) : error.diagnostics)
            Console.error("build failed with \(Counted.phrase(error.diagnostics.errors.count, "error")); \(site.output)/ was left unchanged and nothing was printed")
            throw ExitCode.failure
        }
        if !quiet {
            Console.report(build.diagnostics)
            Console.out("Built \(build.pages) pages from \(Counted.phrase(build.reports, "report")) into \(site.output)/\(Console.warningSuffix(build.diagnostics))")
        }

        do {
            let printed = try await PrintEdition.print(build, with: chromium, options: options)
            if !quiet {
                let pages = printed.pageCount.map { Counted.phrase($0, "page") + ", " } ?? ""
                Console.out("Printed \(site.output)/\(printed.page) to \(printed.pdf) (\(pages)\(printed.paper.label), \(printed.byteCount / 1024) KB) in \((clock.now - start).formattedSeconds)")
            }
        } catch {
            Console.error("error: \(error)")
            Console.error("pdf failed; the site in \(site.output)/ is built, \(pdf) was left unchanged")
            throw ExitCode.failure
        }
    }

    /// sysexits' EX_UNAVAILABLE: a script can tell "install a browser" from a real failure.
    static let browserMissingStatus: Int32 = 69
}

extension PaperSize: ExpressibleByArgument {}

private extension PrintFailure {
    var isMissingBrowser: Bool {
        switch self {
        case .chromiumNotFound, .chromiumOverrideUnusable: true
        default: false
        }
    }
}
