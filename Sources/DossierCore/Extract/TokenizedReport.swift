/// A report's blocks as the extractors read them, worked out once per report: each block's
/// characters, word tokens and sentences, and the places the report names. Figures, dates, quotes and
/// actors all read them; when each extractor tokenized and split the text itself, the same
/// work ran three or four times and was a sixth of the extract step's profile.
struct TokenizedReport {
    let report: Report
    /// Characters of each block with their UTF-8 offsets (`ScanText`).
    let scans: [ScanText]
    /// Word, number and mark tokens of each block (`WordTokenizer`).
    let tokens: [[TextToken]]
    /// Sentences of each block as UTF-8 ranges (`SentenceSplitter`).
    let sentences: [[Range<Int>]]
    /// The places the report names ("in Geneva", "the town of Madaya").
    let places: PlaceFinder
    /// What each distinct word says to the speaker rules, shared by the quote and actor passes.
    let words: AttributionText.WordTable

    /// Linear in the report's length.
    init(_ report: Report, words: AttributionText.WordTable = AttributionText.WordTable()) {
        self.report = report
        self.words = words
        let blocks = report.content.blocks
        scans = blocks.map { ScanText($0.text) }
        tokens = blocks.map { WordTokenizer.tokens($0.text) }
        sentences = scans.map { SentenceSplitter.split($0) }
        places = PlaceFinder(blocks: tokens)
    }

    var blocks: [TextBlock] { report.content.blocks }
}
