import Testing
@testable import DossierCore

/// Quote marks read in context: which stretches are quotations, exactly, including texts
/// written to break the rules (stray, nested, mismatched and empty marks).
@Suite struct QuotationScannerTests {
    static func blocks(_ paragraphs: [String], headline: String = "Headline") -> [TextBlock] {
        [TextBlock(role: .headline, text: headline, line: 1)]
            + paragraphs.enumerated().map { TextBlock(role: .body, text: $1, line: 3 + 2 * $0) }
    }

    /// UTF-8 range of the first occurrence of `part` in `text`.
    static func range(of part: String, in text: String) -> Range<Int> {
        let found = text.range(of: part)!
        let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
        return start..<(start + part.utf8.count)
    }

    /// The quoted texts (marks included) found in the paragraphs, one string per quotation
    /// with its paragraphs joined by " | ".
    static func quoted(_ paragraphs: [String], headline: String = "Headline") -> [String] {
        let blocks = blocks(paragraphs, headline: headline)
        return QuotationScanner.scan(blocks).map { quotation in
            quotation.spans.map { span in
                String(decoding: Array(blocks[span.block].text.utf8)[span.range], as: UTF8.self)
            }.joined(separator: " | ")
        }
    }

    @Test func straightAndCurlyDoubleQuotesWithExactSpans() {
        let text = "The mayor called it \"a fair deal\" and added: “We will sign it.”"
        let found = QuotationScanner.scan(Self.blocks([text]))
        #expect(found.count == 2)
        #expect(found.map(\.family) == [.double, .double])
        #expect(found[0].spans == [Quote.Span(block: 1, range: Self.range(of: "\"a fair deal\"", in: text))])
        #expect(found[0].contents == [Quote.Span(block: 1, range: Self.range(of: "a fair deal", in: text))])
        #expect(found[1].spans == [Quote.Span(block: 1, range: Self.range(of: "“We will sign it.”", in: text))])
    }

    @Test func apostrophesInsideAQuotationDoNotEndIt() {
        #expect(Self.quoted(["“It’s the council’s plan, not the mayor’s,” she said."]) == ["“It’s the council’s plan, not the mayor’s,”"])
        #expect(Self.quoted(["\"Don't, it's the farmers' land,\" he said."]) == ["\"Don't, it's the farmers' land,\""])
    }

    @Test func singleQuotesAreFoundButElisionsAreNot() {
        #expect(Self.quoted(["The ‘red line’ was crossed in the ’90s, and rock ’n’ roll survived."]) == ["‘red line’"])
        #expect(Self.quoted(["Critics called it a 'mistake' on Monday."]) == ["'mistake'"])
    }

    @Test func nestedQuotesStayInsideTheOuterQuotation() {
        let found = Self.quoted(["“He told me ‘never again’ twice,” she said."])
        #expect(found == ["“He told me ‘never again’ twice,”"])
    }

    @Test func aQuotationRunsOnIntoTheNextParagraphThatReopensIt() {
        let paragraphs = [
            "“The first part of a long statement goes here.",
            "“And the second part ends here,” the chairwoman said.",
            "After that, nothing was quoted.",
        ]
        let blocks = Self.blocks(paragraphs)
        let found = QuotationScanner.scan(blocks)
        #expect(found.count == 1)
        #expect(found.first?.spans == [
            Quote.Span(block: 1, range: 0..<paragraphs[0].utf8.count),
            Quote.Span(block: 2, range: Self.range(of: "“And the second part ends here,”", in: paragraphs[1])),
        ])
        #expect(found.first?.contents.last == Quote.Span(block: 2, range: Self.range(of: "And the second part ends here,", in: paragraphs[1])))
    }

    @Test func anUnclosedOpeningMarkDoesNotSwallowTheArticle() {
        let found = Self.quoted([
            "The minister said “we will see and left the room.",
            "Later the envoy said “no comment” to reporters and \"nothing more\" after that.",
            "A third paragraph with a 'term' in it.",
        ])
        #expect(found == ["“no comment”", "\"nothing more\"", "'term'"])
    }

    @Test func aSecondOpeningMarkMeansTheFirstWasStray() {
        #expect(Self.quoted(["He said \"yes, then later \"no\" firmly."]) == ["\"no\""])
        #expect(Self.quoted(["“One stray and “one pair” in a line."]) == ["“one pair”"])
    }

    @Test func aContinuationThatNeverClosesIsDroppedAndTheRestReadAgain() {
        let found = Self.quoted([
            "“An opening that runs on,",
            "“and runs on again without ever closing.",
            "This paragraph does not reopen it, but has a “real quote” of its own.",
        ])
        #expect(found == ["“real quote”"])
    }

    @Test func mismatchedMarksAreNotQuotations() {
        #expect(Self.quoted(["“Hello,’ she said to nobody."]) == [])
        #expect(Self.quoted(["‘Hello,” she said to nobody."]) == [])
    }

    @Test func emptyQuotationsAreIgnored() {
        #expect(Self.quoted(["An empty \"\" pair, a spaced “ ” pair and “…” here."]) == [])
    }

    @Test func bracketedPromosAreSkippedButBracketsInsideQuotesAreKept() {
        #expect(Self.quoted(["[Read more: “A promo title here”] The rest of the text."]) == [])
        #expect(Self.quoted(["“He [the mayor] will resign,” she said."]) == ["“He [the mayor] will resign,”"])
    }

    @Test func theHeadlineNeverRunsOnIntoTheBody() {
        let found = Self.quoted(["“Body text that opens with a mark and closes,” he said."], headline: "“Storm warning for the coast")
        #expect(found == ["“Body text that opens with a mark and closes,”"])
    }

    @Test func aSloppyRightMarkUsedToOpenStillOpens() {
        #expect(Self.quoted(["She said ”we are ready” on Monday."]) == ["”we are ready”"])
    }

    @Test func manyStrayOpeningMarksInOneParagraphAreAllDroppedAtOnce() {
        // 20,000 marks that never close: read in one pass, and the quotation after them survives.
        let strays = (0..<20_000).map { "\"w\($0)" }.joined(separator: " ")
        let found = Self.quoted([strays, "Then she said: “We are still here.”"])
        #expect(found == ["“We are still here.”"])
    }

    @Test func aFailedQuotationRestartsFromTheStateBeforeIt() {
        // The continued quotation closes in the second paragraph, where a stray mark then opens
        // one that never closes: the continued quotation is kept once, not read again as new.
        let found = Self.quoted([
            "“The first part of a long statement.",
            "“And its end,” she said, before a stray “mark.",
            "A plain paragraph.",
        ])
        #expect(found == ["“The first part of a long statement. | “And its end,”"])
    }
}
