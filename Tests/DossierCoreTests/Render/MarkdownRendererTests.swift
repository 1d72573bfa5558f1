import Testing
@testable import DossierCore

@Suite struct MarkdownRendererTests {
    static let front = "---\nkind: article\ntitle: \"T\"\nslug: t\n---\n"

    func render(_ body: String) throws -> String {
        try MarkdownRenderer.render(Self.front + body, path: "page.md").html
    }

    func errors(_ body: String) -> [String] {
        do {
            _ = try MarkdownRenderer.render(Self.front + body, path: "page.md")
            return []
        } catch {
            return error.diagnostics.errors.map(\.description)
        }
    }

    @Test func frontMatterIsReadAndNotRendered() throws {
        let page = try MarkdownRenderer.render(Self.front + "\nHello\n", path: "p.md")
        #expect(page.frontMatter.title == "T")
        #expect(page.frontMatter.kind == .article)
        #expect(page.html == "<p>Hello</p>\n")
    }

    @Test func fencedDivsNestAndCarryTheirAttributes() throws {
        let html = try render("""

            ::: section {.panel #who}

            ## Speaker

            ::: {.outlet}

            > quote

            :::

            :::

            After.
            """)
        #expect(html == """
            <section id="who" class="panel">
            <h2 id="speaker">
            Speaker
            </h2>
            <div class="outlet">
            <blockquote>
            <p>quote</p>
            </blockquote>
            </div>
            </section>
            <p>After.</p>

            """)
    }

    @Test func escapedMarkersAreTextNotDirectives() throws {
        #expect(try render("\n\\::: {.panel}\n") == "<p>::: {.panel}</p>\n")
    }

    @Test func malformedDivsAreReportedAtTheirFileLine() {
        // Front matter is 5 lines, so body line 2 is file line 7.
        #expect(errors("\n::: {.open}\n\ntext\n") == ["page.md:7: error: [render] `:::` block opened here is never closed"])
        #expect(errors("\ntext\n\n:::\n") == ["page.md:9: error: [render] `:::` closes no open block"])
        #expect(errors("\n::: {.a}\ntext\n\n:::\n").first?.contains("page.md:7") == true)
        #expect(errors("\n::: {bad attr}\n\n:::\n").first?.contains("bad `:::` block") == true)
    }

    @Test func tablesHaveCaptionScopesAndInlineMarkdownCells() throws {
        let html = try render("""

            ```table {.figures #toll}
            caption: Human *toll*
            | Quantity | Outlet A \\| B |
            |---|---|
            | Deaths | [over 136,000](a.html#f-1) |
            | Other | - |
            ```
            """)
        #expect(html.contains(#"<table id="toll" class="figures">"#))
        #expect(html.contains("<caption>\nHuman <em>toll</em>\n</caption>"))
        #expect(html.contains("<th scope=\"col\">\nOutlet A | B\n</th>"))
        #expect(html.contains("<th scope=\"row\">\nDeaths\n</th>"))
        #expect(html.contains("<td>\n<a href=\"a.html#f-1\">over 136,000</a>\n</td>"))
        #expect(html.contains("<td>\n-\n</td>"))
    }

    /// Cells are parsed together for speed; a cell that would reach the others (a link
    /// definition, an unclosed fence or comment) must still be read on its own.
    @Test(arguments: ["[x]: https://example.org", "```", "<!-- open"])
    func aCellThatReachesFurtherIsReadOnItsOwn(_ hostile: String) throws {
        let html = try render("""

            ```table
            | A | B | C |
            |---|---|---|
            | \(hostile) | [x] | *after* |
            ```
            """)
        #expect(!html.contains("<a href=\"https://example.org\""), "a definition in one cell made a link in another")
        #expect(html.contains("<td>\n[x]\n</td>"))
        #expect(html.contains("<td>\n<em>after</em>\n</td>"))
        #expect(html.components(separatedBy: "<td>").count == 3)
    }

    @Test func raggedTablesAreRefusedWithTheRowsLine() {
        let found = errors("\n```table\n| A | B |\n|---|---|\n| 1 |\n```\n")
        #expect(found == ["page.md:10: error: [render] bad table: row has 1 cells, the header has 2"])
    }

    @Test func anchoredPassagesBecomeSpansWithIds() throws {
        let html = try render("\nShe said [“we will stay”](anchor:q-1 \"quote\") on Monday.\n")
        #expect(html == "<p>She said <span id=\"q-1\" class=\"quote\">“we will stay”</span> on Monday.</p>\n")
        #expect(errors("\n[a](anchor:x \"quote\") [b](anchor:x \"quote\")\n").first?.contains("duplicate id `x`") == true)
        #expect(errors("\n[a](anchor:bad%20id)\n").first?.contains("anchor `anchor:bad%20id` must be") == true)
    }

    @Test func headingsGetUniqueIds() throws {
        let html = try render("\n## Sources\n\n## Sources\n\n### Élan & “vital”\n")
        #expect(html.contains(#"<h2 id="sources">"#))
        #expect(html.contains(#"<h2 id="sources-2">"#))
        #expect(html.contains(#"<h3 id="elan-vital">"#))
    }

    /// The directives find their nodes at any depth they may stand at: headings and tables in
    /// quotes, lists and fenced divs; anchors in emphasis and table cells; a chart in an anchor.
    @Test func directivesReachNestedBlocksAndInlines() throws {
        let html = try render("""

            ::: {.panel}

            > ## Quoted heading
            >
            > ```table
            > | A | B |
            > |---|---|
            > | [one](anchor:in-cell) | *[two](anchor:in-em "quote")* |
            > ```

            :::

            - ## Listed heading

              Text **[with ![a chart](<chart:0..10; A=[1..2]>) inside](anchor:around)**.

            """)
        #expect(html.contains("<blockquote>\n<h2 id=\"quoted-heading\">"))
        #expect(html.contains("<li>\n<h2 id=\"listed-heading\">"))
        #expect(html.contains("</h2>\n<table>\n<thead>"))
        #expect(html.contains(#"<span id="in-cell">one</span>"#))
        #expect(html.contains(#"<em><span id="in-em" class="quote">two</span></em>"#))
        #expect(html.contains(#"<strong><span id="around">with <svg "#))
        #expect(html.contains(#"<pattern id="chart-hatch""#))
        #expect(!html.contains("anchor:") && !html.contains("chart:") && !html.contains("<img"))
    }

    /// A chart image inside another chart's alt text goes with its parent, whole: the walk
    /// never looks inside a match (it would free the inner node twice).
    @Test func aChartInsideAChartsAltTextIsReplacedWithIt() throws {
        let html = try render("\n![outer ![inner](<chart:0..10; B=[3..4]>)](<chart:0..10; A=[1..2]>)\n")
        #expect(html.components(separatedBy: "<svg ").count == 2)
        #expect(html.contains("<title>outer inner</title>"))
        #expect(html.components(separatedBy: "<pattern id=").count == 2)
    }

    @Test func rawHTMLAndScriptLinksStayInert() throws {
        let html = try render("\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func frontMatterProblemsAreReported() {
        #expect(throws: BuildFailure.self) { try MarkdownRenderer.render("no front matter", path: "x.md") }
        #expect(throws: BuildFailure.self) { try MarkdownRenderer.render("---\nkind: nonsense\ntitle: T\nslug: t\n---\n", path: "x.md") }
        #expect(throws: BuildFailure.self) { try MarkdownRenderer.render("---\nkind: index\ntitle: T\nslug: t\nextra: 1\n---\n", path: "x.md") }
        #expect(throws: BuildFailure.self) { try MarkdownRenderer.render("---\nkind: index\ntitle: T\nslug: t\n", path: "x.md") }
    }
}

@Suite struct RenderContextTests {
    /// memchr's line starts equal the byte-by-byte ones, and lines read back as written.
    @Test(arguments: ["", "one", "one\n", "\n\n", "a\nbé\n\n👩‍👩‍👧 c\nd", String(repeating: "line\n", count: 500) + "last"])
    func lineStartsAgreeAndLinesReadBack(_ body: String) {
        let fast = Array(body.utf8).withUnsafeBufferPointer(RenderContext.lineStarts)
        #expect(fast == RenderContext.lineStarts(bytes: body.utf8))
        let context = RenderContext(path: "p.md", body: Substring(body), lineOffset: 0)
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            #expect(context.sourceLine(index + 1) == line)
        }
        #expect(context.sourceLine(lines.count + 1) == "")
    }
}

@Suite struct TableDirectiveTests {
    /// The byte test of a row's pipes agrees with the Character test, including rows where
    /// a scalar next to a pipe joins it into a larger Character.
    @Test func pipeRowsAreFoundOnBytesAsByCharacters() {
        let pieces = ["|", "||", " ", "a", "-", ":", "é", "\u{301}", "\u{0600}", "\u{200D}", "\\|", "👩‍👩‍👧", "\r"]
        var random = SeededGenerator(state: 12)
        for _ in 0..<5_000 {
            let line = (0..<random.next(7)).map { _ in pieces[random.next(pieces.count)] }.joined()[...]
            #expect(TableDirective.isPipeRow(line) == (line.hasPrefix("|") && line.hasSuffix("|") && line.count >= 2), "\(line.debugDescription)")
        }
        #expect(TableDirective.isPipeRow("| a | b |"))
        #expect(!TableDirective.isPipeRow("|"))
        #expect(!TableDirective.isPipeRow("|\u{301} a |"))
        #expect(!TableDirective.isPipeRow("| a \u{0600}|"))
    }
}
