import ArgumentParser
import DossierCore

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from the seeds folder.",
        discussion: """
            Every page is first written as a Markdown intermediate (kept in the site under \
            markdown/) and then rendered. Problems are reported as file:line:column lines on \
            standard error; if any is an error, nothing is written and the previous site is left \
            exactly as it was.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp(
        "Folder of the incremental-build cache (default: .NAME.dossier-cache beside the output folder). Safe to delete: the next build is then a full one.",
        valueName: "dir"))
    var cache: String?

    @Flag(name: .long, help: "Build everything from scratch, without reading or writing the cache.")
    var noCache = false

    @Flag(name: .shortAndLong, help: "Print only errors, no warnings and no summary.")
    var quiet = false

    @Flag(name: .long, help: "After the summary, print the wall time of each build step (discover, ingest, clean, extract, compose, render, layout, write).")
    var timings = false

    /// "Built 5 pages (11 files) from 3 reports in 1 dossier into site/ in 0.21 s."
    static func summary(_ result: BuildResult, output: String, elapsed: Duration) -> String {
        let dossiers = Counted.phrase(result.dossiers, "dossier"), reports = Counted.phrase(result.reports, "report")
        if result.upToDate {
            return "Up to date: \(result.pages) pages from \(reports) in \(dossiers) in \(output)/; nothing changed (\(elapsed.formattedSeconds))."
        }
        var line = "Built \(result.pages) pages (\(result.files.count + result.reused.count) files) from \(reports) in \(dossiers) into \(output)/ in \(elapsed.formattedSeconds)"
        if !result.reused.isEmpty {
            line += "; \(result.rebuiltDossiers) of \(result.dossiers) dossiers rebuilt, \(result.reused.count) files reused"
        }
        if result.laidOutAgain > 0 {
            line += "; templates changed: \(Counted.phrase(result.laidOutAgain, "dossier")) laid out again from \(result.laidOutAgain == 1 ? "its" : "their") Markdown"
        }
        return line + Console.warningSuffix(result.diagnostics)
    }

    func run() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let options = site.buildOptions
            let progress = quiet ? nil : BuildProgress.forTerminal()
            defer { progress?.finish() }
            let result = try await BuildProgress.$current.withValue(progress) {
                noCache
                    ? try await SiteBuilder.build(options)
                    : try await SiteBuilder.build(options, cache: CacheSettings(folder: cache ?? CacheSettings.defaultFolder(for: options.output)))
            }
            progress?.finish()
            if !quiet {
                Console.report(result.diagnostics)
                Console.out(Self.summary(result, output: site.output, elapsed: clock.now - start))
            }
            if timings {
                for (step, duration) in result.timings.entries {
                    Console.out("  \(step.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(duration.formattedSeconds)")
                }
            }
        } catch let failure as BuildFailure {
            Console.report(quiet ? Diagnostics(failure.diagnostics.errors) : failure.diagnostics)
            Console.error("build failed with \(Counted.phrase(failure.diagnostics.errors.count, "error")); \(site.output)/ was left unchanged")
            throw ExitCode.failure
        }
    }
}
