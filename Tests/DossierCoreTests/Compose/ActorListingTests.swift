import Testing
@testable import DossierCore

/// The text of `dossier actors`: an actor a line, then where each outlet first names it.
@Suite struct ActorListingTests {
    @Test func everyLocationPointsAtTheWordsItQuotes() throws {
        let reports = try Fixtures.seedReports()
        let dossier = Dossier(title: "Seeds", date: nil, summary: nil, language: "en", slug: "seeds", paths: SitePaths(prefix: ""), reports: reports)
        let text = ActorListing(dossiers: [dossier], actors: reports.map { ActorExtractor.extract(from: $0) }).text()
        var located = 0
        for line in text.split(separator: "\n") where line.hasPrefix("    ") {
            // "    seeds/file.txt:LINE:COLUMN: Outlet: “words”"
            let parts = line.dropFirst(4).split(separator: ":", maxSplits: 3).map(String.init)
            let file = String(try #require(parts[0].split(separator: "/").last))
            let (number, column) = (try #require(Int(parts[1])), try #require(Int(parts[2])))
            let words = String(line[line.index(after: try #require(line.firstIndex(of: "\u{201C}")))...].dropLast())
            let source = try Fixtures.seedLines(file)[number - 1]
            #expect(source.dropFirst(column - 1).hasPrefix(words), "\(line)")
            located += 1
        }
        #expect(located == 31)
    }

    @Test func severalDossiersAreHeadedByTitle() {
        let one = Fixtures.report(["UN envoy Ana Ruiz arrived."], outlet: "A", slug: "a", path: "one/a.txt")
        let two = Fixtures.report(["Then the Kenyan police closed the road."], outlet: "B", slug: "b", path: "two/b.txt")
        let dossiers = [("One", one), ("Two", two)].map { title, report in
            Dossier(title: title, date: nil, summary: nil, language: "en", slug: title.lowercased(), paths: SitePaths(prefix: ""), reports: [report])
        }
        let text = ActorListing(dossiers: dossiers, actors: [one, two].map { ActorExtractor.extract(from: $0) }).text()
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("# ") } == ["# One", "# Two"])
        #expect(text.contains("Ana Ruiz \u{2014} person; UN envoy; 1 outlet, 1 mention\n    one/a.txt:3:10: A: \u{201C}Ana Ruiz\u{201D}"))
        #expect(text.hasSuffix("Kenyan police \u{2014} organisation; 1 outlet, 1 mention\n    two/b.txt:3:10: B: \u{201C}Kenyan police\u{201D}\n1 actor (0 people, 1 organisation) in 1 report."))
    }
}
