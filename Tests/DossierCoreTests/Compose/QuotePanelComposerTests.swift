import Testing
@testable import DossierCore

/// The "Who said what" Markdown: what it says for the seeds (golden), that it renders through
/// cmark without raw HTML, and that report text cannot break its structure.
@Suite struct QuotePanelComposerTests {
    static func seedDossier() throws -> (Dossier, [QuotedReport]) {
        let reports = try Fixtures.seedReports()
        let dossier = Dossier(title: "Geneva II briefing", date: nil, summary: nil, language: "en", slug: "geneva-ii",
                              paths: SitePaths(prefix: ""), reports: reports)
        let quoted = reports.map { report in
            let quotes = QuoteExtractor.extract(from: report)
            return QuotedReport(report: report, quotes: quotes, pageAnchors: Quote.anchors(for: quotes))
        }
        return (dossier, quoted)
    }

    @Test func seedPanelsMatchTheGoldenMarkdown() throws {
        let (dossier, quoted) = try Self.seedDossier()
        try Golden.check(QuotePanelComposer.markdown(for: quoted, in: dossier), against: "quote-panels.md")
    }

    @Test func theBriefingRendersWithOneSectionPerSpeaker() throws {
        let (dossier, _) = try Self.seedDossier()
        let page = try MarkdownRenderer.render(BriefingComposer.markdown(for: dossier, reports: Fixtures.analysed(dossier.reports)), path: "briefing.md")
        #expect(page.html.contains("<h2 id=\"who-said-what\">\nWho said what\n</h2>"))
        #expect(page.html.components(separatedBy: "<section id=\"speaker-").count - 1 == 7)
        #expect(page.html.contains("<section id=\"speaker-lakhdar-brahimi\" class=\"quote-panel\">"))
        #expect(page.html.contains("<div class=\"quote-outlets\">"))
        #expect(page.html.contains("href=\"articles/al-arabiya.html#q-1\""))
        #expect(page.html.contains("href=\"articles/the-week.html#q-1\""))
        #expect(!page.html.contains(":::"))
    }

    @Test func linksFromANestedDossierAreRelative() throws {
        let (dossier, quoted) = try Self.seedDossier()
        var nested = dossier
        nested.paths = SitePaths(prefix: "geneva-ii/")
        let markdown = QuotePanelComposer.markdown(for: quoted, in: nested)
        #expect(markdown.contains("](articles/us-news.html#q-3)"))
        #expect(!markdown.contains("geneva-ii/articles"))
    }

    @Test func hostileQuotedWordsStayText() throws {
        let report = Fixtures.report([
            "“*Bold* claims, [a link](http://x) and <script>alert(1)</script> are words,” said Rita Vos.",
            "“::: {.evil} and # heading and | pipes | are words too,” Vos added.",
            "“1. Not a list",
            "“- and not a list either,” said Rita Vos.",
        ])
        let quotes = QuoteExtractor.extract(from: report)
        #expect(quotes.count == 3)
        let dossier = Dossier(title: "T", date: nil, summary: nil, language: "en", slug: "t", paths: SitePaths(prefix: ""), reports: [report])
        let markdown = BriefingComposer.markdown(for: dossier, reports: Fixtures.analysed([report]))
        let page = try MarkdownRenderer.render(markdown, path: "briefing.md")
        #expect(!page.html.contains("<script>"))
        #expect(page.html.contains("&lt;script&gt;"))
        let panels = Fixtures.section("who-said-what", of: page.html)
        #expect(!panels.contains("<strong>") && !page.html.contains("<em>Bold"))
        #expect(!page.html.contains("class=\"evil\""))
        #expect(page.html.contains("1. Not a list ¶ - and not a list either"))
    }

    @Test func noQuotationsSaysSo() throws {
        let report = Fixtures.report(["Nothing here is quoted at all."])
        let dossier = Dossier(title: "T", date: nil, summary: nil, language: "en", slug: "t", paths: SitePaths(prefix: ""), reports: [report])
        let markdown = QuotePanelComposer.markdown(for: [QuotedReport(report: report, quotes: [], pageAnchors: [])], in: dossier)
        #expect(markdown == "\nNo quotation was found in these reports.\n")
    }

    @Test func unattributedQuotationsGetTheirOwnSection() throws {
        let report = Fixtures.report(["“We will rebuild every house in this valley,” he said."])
        let quotes = QuoteExtractor.extract(from: report)
        let dossier = Dossier(title: "T", date: nil, summary: nil, language: "en", slug: "t", paths: SitePaths(prefix: ""), reports: [report])
        let markdown = QuotePanelComposer.markdown(for: [QuotedReport(report: report, quotes: quotes, pageAnchors: Quote.anchors(for: quotes))], in: dossier)
        #expect(markdown.contains("::: section {.quote-panel .quote-unattributed #unattributed-quotations}"))
        #expect(markdown.contains("1 quotation in 1 report, 0 of them from 0 speakers, 1 unattributed."))
        #expect(markdown.contains("[“We will rebuild every house in this valley”](articles/test-gazette.html#q-1)"))
        _ = try MarkdownRenderer.render(BriefingComposer.markdown(for: dossier, reports: Fixtures.analysed([report])), path: "b.md")
    }

    @Test func aQuoteInsideAnotherAnchorIsLinkedThroughThatAnchor() throws {
        let report = Fixtures.report(["Over 600 people left, and “the 600 are safe now,” said Tove Lind."])
        let quotes = QuoteExtractor.extract(from: report)
        let text = report.content.blocks[1].text
        let figure = PassageAnchor(block: 1, range: 0..<text.utf8.count, id: "f-1", role: "figure")
        let quoted = QuotedReport(report: report, quotes: quotes, pageAnchors: Quote.anchors(for: quotes) + [figure])
        let dossier = Dossier(title: "T", date: nil, summary: nil, language: "en", slug: "t", paths: SitePaths(prefix: ""), reports: [report])
        #expect(QuotePanelComposer.markdown(for: [quoted], in: dossier).contains("(articles/test-gazette.html#f-1)"))
    }
}
