import Testing
@testable import DossierCore

/// The figure tables as Markdown and as the HTML cmark renders from it: accessible,
/// escaped, linked to the articles.
@Suite struct FigureTableComposerTests {
    static func dossier(_ reports: [Report]) -> Dossier {
        Dossier(title: "Test dossier", date: nil, summary: nil, language: "en", slug: "test", paths: SitePaths(prefix: ""), reports: reports)
    }

    static func briefingHTML(_ reports: [Report]) throws -> String {
        let dossier = Self.dossier(reports)
        let markdown = BriefingComposer.markdown(for: dossier, reports: Fixtures.analysed(reports))
        return try MarkdownRenderer.render(markdown, path: "markdown/briefing.md").html
    }

    static let hostileOutlet = "Pipe | Star *News* <b>"

    static let reports = [
        TestReports.report(["As many as 600 residents escaped from Daraa.", "Roughly 130,00 have perished in the war."],
                           outlet: hostileOutlet, slug: "pipe", path: "pipe.txt"),
        TestReports.report(["Over 600 people were evacuated from Daraa.", "The war has killed over 136,000 people."],
                           outlet: "Beta", slug: "beta", path: "beta.txt"),
    ]

    @Test func tablesAreAccessibleAndLinked() throws {
        let html = try Self.briefingHTML(Self.reports)
        #expect(html.contains("<h2 id=\"the-numbers\">\nThe numbers\n</h2>"))
        #expect(html.contains("<div class=\"table-scroll\">\n<table id=\"figures-human-toll\" class=\"figures\">"))
        #expect(html.contains("<caption>\nHuman toll: deaths, displaced people and refugees, as each outlet reports them\n</caption>"))
        #expect(html.contains("<thead>"))
        #expect(html.contains("<th scope=\"col\">\nPipe | Star *News* &lt;b&gt;\n</th>"))
        #expect(html.contains("<th scope=\"col\">\nAgreement\n</th>"))
        #expect(html.contains("<th scope=\"row\">\nEvacuated or escaped from Daraa\n</th>"))
        #expect(html.contains("<a href=\"articles/pipe.html#f-1\"><em>As many as</em> 600</a>"))
        #expect(html.contains("<a href=\"articles/beta.html#f-1\"><em>Over</em> 600</a>"))
        #expect(html.contains("<strong>⚠ malformed</strong> (probably 130,000)"))
        #expect(html.contains("<strong>Disagree:</strong> Pipe | Star *News* &lt;b&gt;’s “As many as 600” (at most 600)"))
        #expect(html.contains("<strong>Cannot compare cleanly:</strong>"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func chartsSitBesideRowsWithComparableValues() throws {
        let html = try Self.briefingHTML(Self.reports)
        // Deaths: one readable figure beside a malformed one, so that table has no chart column.
        #expect(html.contains("<table id=\"figures-human-toll\" class=\"figures\">"))
        #expect(html.contains("<table id=\"figures-humanitarian\" class=\"figures with-chart\">"))
        #expect(html.components(separatedBy: "<th scope=\"col\">\nAt a glance\n</th>").count == 2)
        #expect(html.contains("<title>Each figure\u{2019}s values on one axis from 500 to 700: Pipe | Star *News* &lt;b&gt;: at most 600; Beta: more than 600.</title>"))
        #expect(html.contains(">Pipe Star</text>"))
        #expect(html.contains("The At a glance column draws those values on one axis"))
        #expect(!html.contains("chart:"))
    }

    @Test func briefingWithoutFiguresSaysSo() throws {
        let html = try Self.briefingHTML([TestReports.report(["Nothing was counted."])])
        #expect(html.contains("<h2 id=\"the-numbers\">\nThe numbers\n</h2>\n<p>No figure in these reports measures something the tables track"))
        #expect(!html.contains("class=\"figures\""))
        let none = BriefingComposer.markdown(for: Self.dossier([TestReports.report(["Nothing was counted."])]), reports: [])
        #expect(none.contains("## The numbers\n\nNo figure in these reports"))
    }

    @Test func reportsWithOnlyUntrackedNumbersSaySo() {
        let report = TestReports.report(["The two envoys met for three hours."])
        let markdown = FigureTableComposer.markdown(for: [ReportFigures(report: report, figures: FigureExtractor.extract(from: report))],
                                                    in: Self.dossier([report]))
        #expect(markdown.contains("No figure in these reports measures something the tables track"))
        #expect(markdown.contains("2 other numbers measure nothing these tables track"))
    }

    @Test func theSeedsNumbersSection() throws {
        let reports = try Fixtures.seedReports()
        let dossier = Self.dossier(reports)
        let figures = reports.map { ReportFigures(report: $0, figures: FigureExtractor.extract(from: $0)) }
        try Golden.check(FigureTableComposer.markdown(for: figures, in: dossier), against: "briefing-numbers.md")
    }
}
