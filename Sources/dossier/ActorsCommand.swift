import ArgumentParser
import DossierCore

struct ActorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the people and organisations the reports name, one identity across outlets, with where each outlet names them.",
        discussion: """
            Reads and cleans the reports like `build` and runs the actor rules. One line per \
            actor (name, other names, person or organisation, titles and roles, how many outlets \
            and mentions), then one line per outlet: file:line:column of its first mention and \
            the words as written there. Nothing is written to disk.
            """
    )

    @Option(name: .long, help: ArgumentHelp(
        "Folder of reports: .txt files and a dossier.yaml manifest, or one such folder per dossier.",
        valueName: "dir"))
    var seeds = "seeds"

    func run() async throws {
        let loaded: (dossiers: [Dossier], diagnostics: Diagnostics)
        do {
            loaded = try await DossierLoader.load(seeds: seeds)
        } catch {
            Console.report(error.diagnostics)
            Console.error("actors failed with \(Counted.phrase(error.diagnostics.errors.count, "error"))")
            throw ExitCode.failure
        }
        Console.report(loaded.diagnostics)
        let actors = await ActorExtractor.extract(from: loaded.dossiers.flatMap(\.reports))
        Console.out(ActorListing(dossiers: loaded.dossiers, actors: actors).text())
    }
}
