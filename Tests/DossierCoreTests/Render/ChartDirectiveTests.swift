import Testing
@testable import DossierCore

/// Chart images through the whole renderer: an inline SVG with the alt text as its title,
/// escaped, in paragraphs and table cells; mistakes reported at their file line.
extension MarkdownRendererTests {
    static let evacuation = "chart:0..1200 people; U.S. News=(..600]; The Week=(600..)"

    @Test func aChartImageBecomesAnInlineSVGWithItsAltTextAsTitle() throws {
        let html = try render("\nBefore ![U.S. News at most 600; The Week more than 600](<\(Self.evacuation)>) after.\n")
        #expect(html.hasPrefix("<p>Before <svg xmlns=\"http://www.w3.org/2000/svg\" class=\"range-chart\" role=\"img\" aria-label=\"U.S. News at most 600; The Week more than 600\""))
        #expect(html.contains("<title>U.S. News at most 600; The Week more than 600</title>"))
        #expect(html.contains(">U.S. News</text>") && html.contains(">The Week</text>"))
        #expect(html.hasSuffix("</svg> after.</p>\n"))
        #expect(!html.contains("<img") && !html.contains("chart:"))
    }

    @Test func hostileAltTextIsEscapedAndRawHTMLDropped() throws {
        let html = try render("\n![\\<script\\>alert(1)\\</script\\> & \"q\" <b>bold</b>](<chart:0..10; A=[1..2]>)\n")
        #expect(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; bold</title>"))
        #expect(html.contains("aria-label=\"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; bold\""))
        #expect(!html.contains("<script") && !html.contains("<b>"))
    }

    @Test func chartsInTableCellsAndTheirPatternsAreUniqueOnThePage() throws {
        let html = try render("""

            ```table {.figures}
            | Quantity | At a glance |
            |---|---|
            | Evacuated | ![first](<\(Self.evacuation)>) |
            | Again | ![second](<chart:0..10; A=[1..2); B=[3..4]>) |
            ```
            """)
        #expect(html.contains("<td>\n<svg xmlns="))
        #expect(html.contains("<pattern id=\"chart-hatch\""))
        #expect(html.contains("<pattern id=\"chart-hatch-2\""))
        #expect(html.contains("fill=\"url(#chart-hatch)\""))
        #expect(html.contains("fill=\"url(#chart-hatch-2)\""))
    }

    @Test func otherImagesAreLeftAlone() throws {
        #expect(try render("\n![a map](map.png)\n") == "<p><img src=\"map.png\" alt=\"a map\" /></p>\n")
    }

    @Test func badChartsAreReportedAtTheirFileLine() {
        // The front matter is 5 lines, so body line 4 is file line 9.
        #expect(errors("\nText.\n\n![x](<chart:0..10; A=[20..30]>)\n")
                == ["page.md:9: error: [render] bad chart `chart:0..10; A=[20..30]`: the interval `[20..30]` lies outside the axis"])
        #expect(errors("\n![](<chart:0..10; A=[1..2]>)\n")
                == ["page.md:7: error: [render] chart `chart:0..10; A=[1..2]` needs a text alternative: `![what it shows](<chart:…>)`"])
    }

    @Test func badChartsInTablesAreReportedAtTheirRowOnce() {
        let found = errors("\n```table\n| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | ![x](<chart:5..1; A=[1..2]>) |\n```\n")
        #expect(found == ["page.md:11: error: [render] bad chart `chart:5..1; A=[1..2]`: the axis `5..1` must run from a lower to a higher number"])
    }
}
