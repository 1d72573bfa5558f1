/// The dated events of a dossier across its reports, in calendar order: one entry per
/// calendar span, listing every report sentence that places something on it.
public struct Timeline: Sendable {
    public struct Mention: Sendable {
        /// Index of the report in the dossier.
        public var report: Int
        public var mention: DateMention
        /// The id of the passage on the article page (the phrase, or what encloses it).
        public var anchor: String
    }

    public struct Entry: Sendable {
        public var date: DateSpan
        public var mentions: [Mention]
    }

    public var entries: [Entry]

    /// Groups mentions by their calendar span: O(n log n) for n mentions (one hash pass, one sort).
    /// A sentence that names the same span twice is listed once.
    public static func build(mentions: [[(mention: DateMention, anchor: String)]]) -> Timeline {
        var groups: [DateSpan: [Mention]] = [:]
        var seenSentences: Set<SentenceKey> = []
        for (report, found) in mentions.enumerated() {
            for (mention, anchor) in found {
                let key = SentenceKey(report: report, block: mention.block, sentence: mention.sentence.lowerBound, date: mention.date)
                guard seenSentences.insert(key).inserted else { continue }
                groups[mention.date, default: []].append(Mention(report: report, mention: mention, anchor: anchor))
            }
        }
        let entries = groups.keys.sorted().map { date in
            Entry(date: date, mentions: groups[date]!.sorted { ($0.report, $0.mention.block, $0.mention.phrase.lowerBound) < ($1.report, $1.mention.block, $1.mention.phrase.lowerBound) })
        }
        return Timeline(entries: entries)
    }

    private struct SentenceKey: Hashable {
        var report: Int
        var block: Int
        var sentence: Int
        var date: DateSpan
    }
}
