/// A number found in a block's tokens, before anything is known of what it measures:
/// "600", "136,000", "a quarter of a million", "hundreds", "three-day", "early 2011".
struct NumberExpression: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// An amount: a count, a duration, a share.
        case amount
        /// A calendar year ("2011", "early 2011", "March 2011"). Not a count; becomes a
        /// figure only when it dates the start of a conflict.
        case year
    }

    var kind: Kind
    /// Every token of the expression, a compound's unit included ("three-day" is 3 tokens).
    var tokens: Range<Int>
    /// The tokens of the number alone ("three" in "three-day", "2011" in "early 2011").
    var numberTokens: Range<Int>
    /// The value written, when it is one number; nil for vague amounts and broken digits.
    var value: Double?
    /// The range of a vague amount ("hundreds": 200 to 999, "early 2011").
    var vague: ValueRange?
    /// Place value of the last non-zero digit of `value` (see `Hedge.Relation.range`).
    var precision: Double
    /// Why the digits cannot be read as written, if they cannot.
    var problem: DigitGroups.Problem?
    /// The unit a compound gives ("three-day" → days), or nil.
    var compoundUnit: FigureUnit?
    /// True for hyphen compounds ("three-day", "3-year-old", "eight-page").
    var isCompound: Bool
    /// True when written in words ("three", "a quarter of a million", "hundreds").
    var isWords: Bool
}
