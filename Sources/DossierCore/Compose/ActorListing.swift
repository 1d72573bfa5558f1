/// What `dossier actors` shows: every actor of every dossier, one identity across outlets,
/// with where each outlet first names it (`file:line:column`), so a user can check the actor
/// rules against the reports.
public struct ActorListing: Sendable {
    public var dossiers: [(dossier: Dossier, index: ActorIndex)]

    /// `actors[i]` are the actors of the i-th report, dossier by dossier, in manifest order.
    public init(dossiers: [Dossier], actors: [[ReportActor]]) {
        var next = 0
        self.dossiers = dossiers.map { dossier in
            let own = dossier.reports.indices.map { offset in next + offset < actors.count ? actors[next + offset] : [] }
            next += dossier.reports.count
            return (dossier, ActorIndex(reports: dossier.reports, actors: own))
        }
    }

    /// An actor a line (name, other names, kind, descriptors, how many outlets and mentions),
    /// then each outlet's first mention on a line of its own; a `# title` line per dossier
    /// when there are several.
    public func text() -> String {
        var lines: [String] = []
        for (dossier, index) in dossiers {
            if dossiers.count > 1 { lines.append("# \(dossier.title)") }
            let reports = Dictionary(dossier.reports.map { ($0.source.slug, $0) }, uniquingKeysWith: { first, _ in first })
            for actor in index.actors {
                var head = actor.name
                if !actor.aliases.isEmpty { head += " (also \(actor.aliases.joined(separator: ", ")))" }
                var facts = [actor.kind.rawValue] + actor.descriptors
                facts.append(Self.count(actor.citations.count, "outlet") + ", " + Self.count(actor.mentions, "mention"))
                lines.append(head + " \u{2014} " + facts.joined(separator: "; "))
                for citation in actor.citations {
                    guard let report = reports[citation.report] else { continue }
                    let (line, column) = report.content.blocks[citation.mention.block].position(ofUTF8Offset: citation.mention.range.lowerBound)
                    let location = SourceLocation(file: report.source.path, line: line, column: column)
                    lines.append("    \(location): \(citation.outlet): \u{201C}\(citation.mention.written)\u{201D}")
                }
            }
            let people = index.actors.filter { $0.kind == .person }.count
            lines.append(Self.count(index.actors.count, "actor") + " (\(people) \(people == 1 ? "person" : "people"), "
                + Self.count(index.actors.count - people, "organisation") + ") in " + Self.count(dossier.reports.count, "report") + ".")
        }
        return lines.joined(separator: "\n")
    }

    /// "1 outlet", "3 outlets".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
