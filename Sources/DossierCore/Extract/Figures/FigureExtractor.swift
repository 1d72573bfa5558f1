/// The extract step for figures: every number of a report, with its hedge, its value range,
/// its unit, what it measures and where, traced to `file:line:column`.
///
/// Per block: tokenize, find numbers (`NumberParser`), hedges and increments before them,
/// clauses (`ClauseSegmenter`), the cues of the quantity lexicon, then classify each number
/// by the rules below and find its place (`PlaceFinder`). Every step is a linear pass or a
/// bounded look around a number, so a report costs time linear in its length.
///
/// - A count of people takes the nearest count cue in its own clause ("600 … escape"), else
///   the nearest in its sentence that is not in another number's clause ("Over 600 people,
///   mostly women, children and the elderly, have been evacuated").
/// - A duration measures a truce, a siege or the conflict when it modifies the noun
///   ("three-day truce", "3-year-old war"), is linked back to it ("under siege … for almost
///   18 months", "a siege of 18 months", "18 months of siege"), or dates its start ("the
///   conflict began almost three years ago").
/// - A year is kept only when it dates the start of the conflict ("the fighting that began
///   in early 2011", "the 2011 uprising"); other years and dates are not figures.
/// - Anything else is returned as `unclassified`.
public enum FigureExtractor {
    public static func extract(from report: Report) -> [Figure] {
        extract(from: TokenizedReport(report))
    }

    static func extract(from tokenized: TokenizedReport) -> [Figure] {
        var figures: [Figure] = []
        for (index, block) in tokenized.blocks.enumerated() {
            figures += BlockExtraction(block: block, index: index, tokens: tokenized.tokens[index], sentences: tokenized.sentences[index],
                                       places: tokenized.places, path: tokenized.report.source.path).figures()
        }
        return figures
    }

    /// Figures of many reports on all cores, in input order.
    public static func extract(from reports: [Report]) async -> [[Figure]] {
        await ConcurrentMap.map(reports) { extract(from: $0) }
    }
}
