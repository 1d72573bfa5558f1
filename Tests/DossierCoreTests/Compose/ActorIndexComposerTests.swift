import Testing
@testable import DossierCore

/// The "Actors" Markdown: what it says for the seeds (golden), that it renders through cmark
/// as two tables with working links, and that report text cannot break its structure.
@Suite struct ActorIndexComposerTests {
    static func seedMarkdown(prefix: String = "") throws -> (markdown: String, seeds: ActorIndexTests.Seeds) {
        var seeds = try ActorIndexTests.seeds()
        seeds.dossier.paths = SitePaths(prefix: prefix)
        let panels = QuotePanel.panels(for: seeds.quoted).panels
        return (ActorIndexComposer.markdown(for: seeds.index, panels: panels, in: seeds.dossier), seeds)
    }

    /// A page holding the section the way the lead's briefing will: a heading, then the body.
    static func render(_ body: String) throws -> String {
        try MarkdownRenderer.render("---\nkind: briefing\ntitle: \"T\"\nslug: briefing\n---\n\n## Actors\n" + body, path: "briefing.md").html
    }

    @Test func seedActorsMatchTheGoldenMarkdown() throws {
        try Golden.check(Self.seedMarkdown().markdown, against: "briefing-actors.md")
    }

    @Test func theSectionRendersAsTwoTablesWithLinksToArticlesAndPanels() throws {
        let html = try Self.render(Self.seedMarkdown().markdown)
        #expect(html.contains("<table id=\"actors-people\" class=\"actors\">"))
        #expect(html.contains("<table id=\"actors-organisations\" class=\"actors\">"))
        #expect(html.components(separatedBy: "<th scope=\"row\">").count - 1 == 22)
        #expect(html.contains("<a href=\"articles/the-week.html#a-3\">The Week</a>"))
        #expect(html.contains("<a href=\"#speaker-lakhdar-brahimi\">6 quotations</a>"))
        #expect(html.contains("<a href=\"articles/us-news.html#q-6\">U.S. News &amp; World Report</a>"))
        #expect(!html.contains("```") && !html.contains(":::"))
    }

    @Test func linksFromANestedDossierAreRelative() throws {
        let markdown = try Self.seedMarkdown(prefix: "geneva-ii/").markdown
        #expect(markdown.contains("](articles/al-arabiya.html#a-3)"))
        #expect(!markdown.contains("geneva-ii/articles"))
    }

    @Test func reportTextCannotBreakTheTable() throws {
        let reports = [
            Fixtures.report(["UN envoy Ana Ruiz | Pipe met the Red *Star* Cross and <b>Sam</b> Okafor of [Link](http://x) fame."],
                            outlet: "Daily | [Star] *News*", slug: "star", path: "star.txt"),
            Fixtures.report(["Mayor Ida Lund_Berg and Governor Tom `Code` Reyes met the \\Backslash Council."],
                            outlet: "The <script>Times</script>", slug: "times", path: "times.txt"),
        ]
        let index = ActorIndex(reports: reports, actors: reports.map { ActorExtractor.extract(from: $0) })
        #expect(!index.actors.isEmpty)
        let dossier = Dossier(title: "T", date: nil, summary: nil, language: "en", slug: "t", paths: SitePaths(prefix: ""), reports: reports)
        let html = try Self.render(ActorIndexComposer.markdown(for: index, in: dossier))
        #expect(!html.contains("<script>") && !html.contains("<b>") && !html.contains("<em>") && !html.contains("<code>"))
        #expect(!html.contains("href=\"http://x\""))
        // Every body row keeps its four cells: one header cell and three data cells.
        for row in html.components(separatedBy: "<tr>").dropFirst() where row.contains("<th scope=\"row\">") {
            #expect(row.components(separatedBy: "<td>").count - 1 == 3, "\(row)")
        }
    }

    @Test func noActorsSaysSo() throws {
        let report = Fixtures.report(["it rained all day and nobody came."])
        let index = ActorIndex(reports: [report], actors: [ActorExtractor.extract(from: report)])
        let dossier = Dossier(title: "T", date: nil, summary: nil, language: "en", slug: "t", paths: SitePaths(prefix: ""), reports: [report])
        #expect(ActorIndexComposer.markdown(for: index, in: dossier) == "\nNo person or organisation was found in these reports.\n")
    }
}
