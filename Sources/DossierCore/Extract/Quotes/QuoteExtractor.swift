/// The extract step for quotations: every quotation of a report, with its kind, its place in
/// the source and its speaker (or none, rather than a guess).
public enum QuoteExtractor {
    /// Words a double-quoted stretch with no speaker needs to count as an unattributed
    /// quotation. Shorter partial ones are terms in scare quotes ("so-called “safe zones”").
    /// Single quotes with no speaker are always scare quotes or titles ('Cease-fire').
    public static let minimumUnattributedWords = 5

    /// Quotations of `report` in reading order, numbered `q-1`, `q-2`, …
    public static func extract(from report: Report) -> [Quote] {
        extract(from: TokenizedReport(report))
    }

    /// `plain`: the report read with no quotation (`AttributionText(plain:)`), when the caller
    /// has it already; the quotations are then collapsed in it rather than read again.
    static func extract(from tokenized: TokenizedReport, plain: AttributionText? = nil) -> [Quote] {
        let report = tokenized.report
        let blocks = report.content.blocks
        let quotations = QuotationScanner.scan(blocks, texts: tokenized.scans)
        guard !quotations.isEmpty else { return [] }
        let text = plain.map { AttributionText(collapsing: $0, sentences: tokenized.sentences, quotations: quotations, words: tokenized.words) }
            ?? AttributionText(blocks: blocks, scans: tokenized.scans, sentences: tokenized.sentences, quotations: quotations, words: tokenized.words)
        let speakers = ReportSpeakers(text: text)
        let attributions = QuoteAttributor.attribute(quotations, in: text, speakers: speakers)

        var quotes: [Quote] = []
        for (index, quotation) in quotations.enumerated() {
            let words = self.words(of: quotation, in: blocks)
            let kind = self.kind(ofQuotation: index, words: words, in: text)
            let attribution = attributions[index]
            if attribution == nil {
                if quotation.family == .single { continue }
                if kind == .partial, words.split(whereSeparator: \.fastIsWhitespace).count < minimumUnattributedWords { continue }
            }
            let first = quotation.spans[0]
            let (line, column) = blocks[first.block].position(ofUTF8Offset: first.range.lowerBound)
            quotes.append(Quote(
                id: "q-\(quotes.count + 1)", words: words, kind: kind, spans: quotation.spans,
                location: SourceLocation(file: report.source.path, line: line, column: column),
                speaker: attribution?.speaker, verb: attribution?.verb, rule: attribution?.rule))
        }
        return quotes
    }

    /// The quoted words: paragraphs joined by a line break, without a comma just inside the
    /// closing mark (the reporting sentence's punctuation in American style).
    static func words(of quotation: QuotationScanner.Quotation, in blocks: [TextBlock]) -> String {
        var paragraphs = quotation.contents.map { span -> String in
            String(blocks[span.block].text.slice(utf8: span.range).trimmingSpaces)
        }
        if var last = paragraphs.popLast() {
            while last.hasSuffix(",") || last.last?.fastIsWhitespace == true { last.removeLast() }
            paragraphs.append(last)
        }
        return paragraphs.joined(separator: "\n")
    }

    /// Punctuation after which a capitalised quotation stands as a sentence of its own.
    static let fullQuotationLeads: Set<String> = [":", ","]

    /// Full when the words open with a capital and stand as a sentence of their own: at the
    /// start of the sentence, or after a colon, a comma or a speech verb. Otherwise partial.
    static func kind(ofQuotation index: Int, words: String, in text: AttributionText) -> Quote.Kind {
        guard let token = text.quotationTokens[index].first,
              let initial = words.first(where: { $0.fastIsLetter || $0.fastIsNumber }),
              initial.fastIsUppercase || initial.fastIsNumber else { return .partial }
        let sentence = text.sentence(of: token)
        if token == sentence.lowerBound { return .full }
        let previous = text.tokens[token - 1]
        if previous.isPunctuation(fullQuotationLeads) || (previous.isWord && previous.speechVerb != nil) { return .full }
        return .partial
    }
}
