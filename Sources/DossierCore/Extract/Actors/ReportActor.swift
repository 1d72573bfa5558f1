/// A person or an organisation as one report names it: the fullest name the report gives,
/// what it says the actor is, and every place it names it. Identity across outlets is
/// decided later (`ActorIndex`), from these names.
public struct ReportActor: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case person, organisation
    }

    /// One place the report names the actor.
    public struct Mention: Sendable, Hashable, Comparable {
        /// Index into `CleanText.blocks`.
        public var block: Int
        /// UTF-8 offsets of the name (without a possessive ending) in the block's text.
        public var range: Range<Int>
        /// The name as written there: "Brahimi", "UN", "Syrian regime".
        public var written: String

        public init(block: Int, range: Range<Int>, written: String) {
            self.block = block
            self.range = range
            self.written = written
        }

        public static func < (lhs: Mention, rhs: Mention) -> Bool {
            (lhs.block, lhs.range.lowerBound, lhs.range.upperBound) < (rhs.block, rhs.range.lowerBound, rhs.range.upperBound)
        }
    }

    /// "Jen Psaki", "United Nations", "Syrian government": the fullest name in the report.
    /// A national institution is named with its canonical noun ("regime" reads "government").
    public var name: String
    public var kind: Kind
    /// The names the report uses for the actor besides short forms of a person's name:
    /// "U.N." and "United Nations"; "Syrian regime". In reading order, `name` included.
    public var forms: [String]
    /// Titles and roles the report gives: "State Department spokeswoman", "the BBC’s",
    /// "King of Jordan". In reading order.
    public var descriptors: [String]
    /// In reading order; never empty.
    public var mentions: [Mention]

    public init(name: String, kind: Kind, forms: [String], descriptors: [String], mentions: [Mention]) {
        precondition(!mentions.isEmpty)
        self.name = name
        self.kind = kind
        self.forms = forms
        self.descriptors = descriptors
        self.mentions = mentions
    }
}
