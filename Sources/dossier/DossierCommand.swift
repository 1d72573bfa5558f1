import ArgumentParser
import DossierCore

@main
struct DossierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turn a handful of news reports about one event into a static briefing site.",
        discussion: """
            Reads plain-text reports (as copied from the web) from a seeds folder, cleans them, \
            writes a Markdown intermediate per page, renders it with libcmark and lays it out \
            with Mustache templates into static HTML that works from any folder, any server \
            sub-path and file://.
            """,
        version: "\(DossierVersion.string) (\(Allocator.name))",
        subcommands: [BuildCommand.self, PdfCommand.self, QuotesCommand.self, FiguresCommand.self, ActorsCommand.self],
        defaultSubcommand: nil
    )
}
