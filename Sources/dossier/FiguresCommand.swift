import ArgumentParser
import DossierCore

struct FiguresCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "List every figure the reports give: quantity, value range, hedge, outlet and file:line:column.",
        discussion: """
            Reads and cleans the reports like `build`, extracts their numbers and prints one \
            line per figure, in manifest order and reading order. Numbers the lexicon cannot \
            place are listed as `unclassified`. With --json, prints a stable JSON document \
            (sorted keys; every key always present) for other tools. Nothing is written to disk.
            """
    )

    @Option(name: .long, help: ArgumentHelp(
        "Folder of reports: .txt files and a dossier.yaml manifest, or one such folder per dossier.",
        valueName: "dir"))
    var seeds = "seeds"

    @Flag(name: .long, help: "Print JSON instead of one line per figure.")
    var json = false

    func run() async throws {
        do {
            let (dossiers, diagnostics) = try await DossierLoader.load(seeds: seeds)
            Console.report(diagnostics)
            let figures = await FigureExtractor.extract(from: dossiers.flatMap(\.reports))
            let listing = FigureListing(dossiers: dossiers, figures: figures)
            Console.out(json ? try listing.json() : listing.text())
        } catch let failure as BuildFailure {
            Console.report(failure.diagnostics)
            Console.error("figures failed with \(Counted.phrase(failure.diagnostics.errors.count, "error"))")
            throw ExitCode.failure
        }
    }
}
