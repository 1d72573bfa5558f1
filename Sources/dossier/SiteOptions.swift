import ArgumentParser
import DossierCore

/// The folders every command that reads a dossier shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Folder of reports: .txt files and a dossier.yaml manifest, or one such folder per dossier.",
        valueName: "dir"))
    var seeds = "seeds"

    @Option(name: .long, help: ArgumentHelp(
        "Folder of Mustache templates (layout, index, briefing, article, archive) and the stylesheet.",
        valueName: "dir"))
    var templates = "templates"

    @Option(name: .long, help: ArgumentHelp(
        "Folder the site is written to. It is replaced as a whole, and only once the build has succeeded.",
        valueName: "dir"))
    var output = "site"

    var buildOptions: BuildOptions {
        BuildOptions(seeds: seeds, templates: templates, output: output)
    }
}
