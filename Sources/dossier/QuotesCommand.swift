import ArgumentParser
import DossierCore

struct QuotesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List every quotation found in the seeds, with its speaker, outlet, kind and source position.",
        discussion: """
            One entry per quotation, in reading order: file:line:column of the opening mark, the \
            outlet, the quote's anchor id in its article page, full or partial, the speaker (or \
            "unattributed") with the reporting verb and the rule that found it, then the words. \
            With --json, the same as a JSON document with sorted keys (format dossier-quotes/1).
            """
    )

    @Option(name: .long, help: ArgumentHelp(
        "Folder of reports: .txt files and a dossier.yaml manifest, or one such folder per dossier.",
        valueName: "dir"))
    var seeds = "seeds"

    @Flag(name: .long, help: "Print JSON (stable: sorted keys, every field present) instead of text.")
    var json = false

    func run() async throws {
        let listing: QuoteListing
        do {
            listing = try await QuoteListing.load(seeds: seeds)
        } catch {
            Console.report(error.diagnostics)
            Console.error("no quotations listed: the seeds could not be read")
            throw ExitCode.failure
        }
        Console.report(listing.diagnostics)
        if json {
            Console.write(listing.json())
            return
        }
        for entry in listing.entries {
            let quote = entry.quote
            Console.out("\(quote.location): \(entry.source.outlet) \(quote.id) [\(quote.kind.rawValue)] \(Self.attribution(of: quote))")
            for paragraph in quote.words.split(separator: "\n") {
                Console.out("    \u{201C}\(paragraph)\u{201D}")
            }
        }
        let speakers = Set(listing.entries.compactMap { $0.quote.speaker.map { "\($0.kind.rawValue):\($0.name)" } }).count
        let unattributed = listing.entries.filter { $0.quote.speaker == nil }.count
        Console.out("\(Counted.phrase(listing.entries.count, "quotation")) from \(Counted.phrase(speakers, "speaker")) in \(Counted.phrase(listing.reports, "report")); \(unattributed) unattributed.")
    }

    /// "Jen Psaki (State Department spokeswoman) — said, as “she”, attribution-after".
    static func attribution(of quote: Quote) -> String {
        guard let speaker = quote.speaker else { return "unattributed" }
        var text = speaker.name
        if !speaker.descriptors.isEmpty { text += " (\(speaker.descriptors.joined(separator: "; ")))" }
        var how: [String] = []
        if let verb = quote.verb { how.append(verb) }
        if let written = speaker.writtenAs { how.append("as \u{201C}\(written)\u{201D}") }
        if let channel = speaker.channel { how.append("via \(channel)") }
        if let rule = quote.rule { how.append(rule.rawValue) }
        return how.isEmpty ? text : text + " \u{2014} " + how.joined(separator: ", ")
    }
}
