import Testing
@testable import DossierCore

/// Paragraphs of random words, names, verbs and marks (straight, curly, single, brackets):
/// extraction must never crash, and whatever it finds must be well formed.
@Suite struct QuoteExtractorFuzzTests {
    static let pieces = [
        "\"", "“", "”", "‘", "’", "'", "[", "]", "(", ")", ",", ".", ":", ";", "—", "said", "says", "wrote", "according to",
        "she", "he", "they", "it", "the", "government", "document", "Mayor", "Ana", "Ruiz", "Kim", "spokesman", "the letter",
        "Mr.", "U.N.", "BBC’s", "don’t", "’90s", "rock", "was", "called", "and", "with", "Friday", "on", "is", "“We", "go.”",
        "al-Assad", "Bashar", "insists", "blasted", "a", "senior", "official", "by", "given", "In", "But", "\n",
    ]

    @Test func randomParagraphsGiveWellFormedQuotes() {
        var generator = SeededGenerator(state: 20140210)
        for round in 0..<300 {
            var paragraphs: [String] = []
            for _ in 0..<(1 + generator.next(5)) {
                var words: [String] = []
                for _ in 0..<(1 + generator.next(30)) { words.append(Self.pieces[generator.next(Self.pieces.count)]) }
                let joined = words.joined(separator: generator.next(3) == 0 ? "" : " ").replacingOccurrences(of: "\n", with: " ")
                let text = joined.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                paragraphs.append(text.isEmpty ? "Filler." : text)
            }
            let report = Fixtures.report(paragraphs)
            let quotes = QuoteExtractor.extract(from: report)
            let blocks = report.content.blocks
            var previous: Quote.Span?
            for (index, quote) in quotes.enumerated() {
                #expect(quote.id == "q-\(index + 1)", "round \(round)")
                #expect(!quote.words.isEmpty, "round \(round)")
                for span in quote.spans {
                    #expect(span.block > 0 && span.block < blocks.count, "round \(round)")
                    #expect(span.range.lowerBound >= 0 && span.range.upperBound <= blocks[span.block].text.utf8.count, "round \(round)")
                    if let previous, previous.block == span.block {
                        #expect(previous.range.upperBound <= span.range.lowerBound, "round \(round): overlapping spans")
                    }
                    previous = span
                }
            }
            // Everything composes and renders.
            let dossier = Dossier(title: "T", date: nil, summary: nil, language: "en", slug: "t", paths: SitePaths(prefix: ""), reports: [report])
            let analysed = AnalysedReport(report: report, analysis: ReportAnalysis(quotes: quotes, figures: FigureExtractor.extract(from: report),
                                                                                   dates: DateMentionExtractor.extract(from: report)))
            #expect(throws: Never.self) { try MarkdownRenderer.render(BriefingComposer.markdown(for: dossier, reports: [analysed]), path: "b.md") }
            #expect(throws: Never.self) {
                try MarkdownRenderer.render(ArticleComposer.markdown(for: report, in: dossier, anchors: analysed.anchors), path: "a.md")
            }
        }
    }

    @Test func aLongReportIsExtractedQuickly() {
        let paragraph = "Regional Governor Maria Lopez said on Monday that the “reconstruction fund” was “nearly empty,” and the ministry insists it is “a temporary gap.” “We will ask again,” she said."
        let report = Fixtures.report(Array(repeating: paragraph, count: 600))
        let clock = ContinuousClock()
        let start = clock.now
        let quotes = QuoteExtractor.extract(from: report)
        #expect(quotes.count == 2400)
        #expect(clock.now - start < .seconds(20))
        #expect(quotes.allSatisfy { $0.speaker != nil })
    }
}
