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

    @Flag(name: .shortAndLong, help: "Print only errors, no warnings and no summary.")
    var quiet = false

    @Flag(name: .long, help: "After the summary, print the wall time of each build step (discover, ingest, clean, extract, compose, render, layout, write).")
    var timings = false

    func run() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let result = try await SiteBuilder.build(site.buildOptions)
            if !quiet {
                Console.report(result.diagnostics)
                let elapsed = (clock.now - start).formattedSeconds
                Console.out("Built \(result.pages) pages (\(result.files.count) files) from \(result.reports) reports in \(result.dossiers) dossier\(result.dossiers == 1 ? "" : "s") into \(site.output)/ in \(elapsed)\(Console.warningSuffix(result.diagnostics))")
            }
            if timings {
                for (step, duration) in result.timings.entries {
                    Console.out("  \(step.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(duration.formattedSeconds)")
                }
            }
        } catch {
            let failure = error
            Console.report(quiet ? Diagnostics(failure.diagnostics.errors) : failure.diagnostics)
            Console.error("build failed with \(failure.diagnostics.errors.count) error(s); \(site.output)/ was left unchanged")
            throw ExitCode.failure
        }
    }
}
