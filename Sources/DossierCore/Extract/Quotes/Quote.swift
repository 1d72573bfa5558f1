/// One quotation found in a report: the quoted words, where they stand in the text, and who
/// said them (or nil when the rules cannot tell: "unattributed" is better than a guess).
public struct Quote: Sendable, Hashable {
    /// Whether the marks hold a whole statement or a few words embedded in reported speech
    /// (`blasted the regime's "utter disregard for human life"`).
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case full, partial
    }

    /// The stretch of one block a quotation covers, marks included. A quotation that runs on
    /// into the next paragraph (the newspaper convention) has one span per paragraph.
    public struct Span: Sendable, Hashable {
        /// Index into `CleanText.blocks`.
        public var block: Int
        /// UTF-8 offsets into the block's text, opening and closing marks included.
        public var range: Range<Int>

        public init(block: Int, range: Range<Int>) {
            self.block = block
            self.range = range
        }
    }

    /// Which rule tied the quotation to its speaker, so a user checking attribution can see why.
    public enum Rule: String, Sendable, Codable, CaseIterable {
        /// The attribution follows the quotation directly: `"…," she said` or `"…," said Amos`.
        case attributionAfter = "attribution-after"
        /// A speech verb earlier in the sentence frames it: `Psaki blasted the regime's "…"`.
        case framedBefore = "framed-before"
        /// `according to X` anywhere in the sentence.
        case accordingTo = "according-to"
        /// A closing clause of the sentence: `"…" had been reached, Brahimi said.`
        case closingClause = "closing-clause"
        /// No attribution of its own; continues the previous quotation (same or next sentence).
        case continuation
    }

    /// Anchor id of the quotation in its article page: `q-1`, `q-2`, … in reading order.
    public var id: String
    /// The quoted words without the outer marks; paragraphs of a multi-paragraph quotation
    /// are joined by a line break. A comma just inside the closing mark is punctuation of the
    /// reporting sentence, not the speaker's, and is dropped.
    public var words: String
    public var kind: Kind
    /// At least one; in reading order.
    public var spans: [Span]
    /// `file:line:column` of the opening mark in the source file.
    public var location: SourceLocation
    /// Nil when unattributed.
    public var speaker: Speaker?
    /// The reporting verb as written ("said", "blasted", "according to"); for a continuation,
    /// the verb of the quotation it continues.
    public var verb: String?
    /// Nil when unattributed.
    public var rule: Rule?

    public init(id: String, words: String, kind: Kind, spans: [Span], location: SourceLocation,
                speaker: Speaker?, verb: String?, rule: Rule?) {
        precondition(!spans.isEmpty)
        self.id = id
        self.words = words
        self.kind = kind
        self.spans = spans
        self.location = location
        self.speaker = speaker
        self.verb = verb
        self.rule = rule
    }

    public var isAttributed: Bool { speaker != nil }
}
