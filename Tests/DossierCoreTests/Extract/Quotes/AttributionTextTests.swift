import Testing
@testable import DossierCore

/// The quote rules' reading of a report, built by collapsing the quotations of the plain
/// reading (as a build does), is token for token the reading made from the text directly.
@Suite struct AttributionTextTests {
    struct Reading: Equatable {
        var tokens: [String]
        var quotationTokens: [[Int]]
        var sentences: [Range<Int>]

        init(_ text: AttributionText) {
            tokens = text.tokens.map { "\($0.kind) \($0.text.debugDescription) \($0.block) \($0.range) \($0.sentence)" }
            quotationTokens = text.quotationTokens
            sentences = text.sentences
        }
    }

    static func assertCollapsingReadsAsDirectly(_ report: Report, _ label: String) {
        let tokenized = TokenizedReport(report)
        let quotations = QuotationScanner.scan(tokenized.blocks, texts: tokenized.scans)
        let direct = AttributionText(blocks: tokenized.blocks, scans: tokenized.scans, sentences: tokenized.sentences,
                                     quotations: quotations, words: tokenized.words)
        let collapsed = AttributionText(collapsing: AttributionText(plain: tokenized), sentences: tokenized.sentences,
                                        quotations: quotations, words: tokenized.words)
        #expect(Reading(collapsed) == Reading(direct), "\(label)")
    }

    @Test func theSeedsReadTheSameEitherWay() throws {
        for (index, report) in try Fixtures.seedReports().enumerated() {
            Self.assertCollapsingReadsAsDirectly(report, "seed \(index)")
        }
    }

    @Test(arguments: [
        ["“We will go. We will win,” she said.", "He said: ‘the rebels’ are ‘in Homs’."],
        ["“We will not leave,” said Ana Ruiz.", "“Never. Not while the siege lasts.", "“And not after it,” she added."],
        ["Brahimi's ‘plan’ and the U.N.’s “safe zones” (so-called) held.", "'Cease-fire' talks, the ’90s, don’t."],
        ["\"Open \"quote\" inside\" and \"unclosed quote", "Next paragraph \"closes\" it."],
    ])
    func handWrittenCasesReadTheSameEitherWay(_ paragraphs: [String]) {
        Self.assertCollapsingReadsAsDirectly(Fixtures.report(paragraphs), paragraphs.joined(separator: " / "))
    }

    /// The byte tokenizer of ASCII paragraphs gives the Character tokenizer's tokens, with no
    /// quotation and with the quotations the scanner finds, on random paragraphs and the seeds.
    @Test func asciiParagraphsTokenizeAsCharactersDo() throws {
        func check(_ blocks: [TextBlock], _ label: String) {
            let quotations = QuotationScanner.scan(blocks)
            for (index, block) in blocks.enumerated() {
                let scan = ScanText(block.text)
                guard scan.isByteForByte else { continue }
                let spans = quotations.enumerated().flatMap { number, quotation in
                    quotation.spans.filter { $0.block == index }.map { (quotation: number, range: $0.range) }
                }.sorted { $0.range.lowerBound < $1.range.lowerBound }
                for quoted in [[], spans] {
                    let bytes = block.text.utf8.withContiguousStorageIfAvailable { AttributionText.tokenizeASCII(block.text, bytes: $0, quoted: quoted) }
                    let characters = AttributionText.tokenizeByCharacters(block.text, scan: scan, quoted: quoted)
                    #expect(bytes?.map(\.text) == characters.map(\.text), "\(label): \(block.text)")
                    #expect(bytes?.map(\.range) == characters.map(\.range), "\(label): \(block.text)")
                    #expect(bytes?.map { "\($0.kind)" } == characters.map { "\($0.kind)" }, "\(label): \(block.text)")
                }
            }
        }
        for report in try Fixtures.seedReports() { check(report.content.blocks, report.source.path) }
        let pieces = QuoteExtractorFuzzTests.pieces.filter { $0.allSatisfy(\.isASCII) } + ["U.N.", "Mr.", "rebels'", "al-Assad", "A.", "3.5", "x&y", "'s", "''"]
        var generator = SeededGenerator(state: 78)
        for round in 0..<500 {
            let paragraphs = (0..<(1 + generator.next(4))).map { _ in
                (0..<(1 + generator.next(25))).map { _ in pieces[generator.next(pieces.count)] }
                    .joined(separator: generator.next(3) == 0 ? "" : " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            }.map { $0.isEmpty ? "Filler." : $0 }
            check(Fixtures.report(paragraphs).content.blocks, "round \(round)")
        }
    }

    @Test func randomParagraphsReadTheSameEitherWay() {
        let pieces = QuoteExtractorFuzzTests.pieces
        var generator = SeededGenerator(state: 77)
        for round in 0..<1_000 {
            var paragraphs: [String] = []
            for _ in 0..<(1 + generator.next(5)) {
                var words: [String] = []
                for _ in 0..<(1 + generator.next(30)) { words.append(pieces[generator.next(pieces.count)]) }
                let joined = words.joined(separator: generator.next(3) == 0 ? "" : " ").replacingOccurrences(of: "\n", with: " ")
                let text = joined.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                paragraphs.append(text.isEmpty ? "Filler." : text)
            }
            Self.assertCollapsingReadsAsDirectly(Fixtures.report(paragraphs), "round \(round): \(paragraphs)")
        }
    }
}
