/// The words that qualify a number ("as many as", "over", "nearly") and what they allow.
/// Kept as data on the figure, never folded into the number, so a reader sees the outlet's
/// own caution and the agreement check can reason with it.
public struct Hedge: Sendable, Hashable, Codable {
    /// What a hedged number allows relative to the number written, `x`.
    public enum Relation: String, Sendable, Hashable, Codable, CaseIterable {
        /// No hedge: `x`, within the rounding its digits suggest.
        case exact
        /// "as many as", "up to": `≤ x`.
        case atMost
        /// "fewer than", "less than": `< x`.
        case lessThan
        /// "almost", "nearly": `< x` and close to it.
        case justUnder
        /// "roughly", "about", "some", "around": `≈ x`.
        case approximately
        /// "just over": `> x` and close to it.
        case justOver
        /// "over", "more than": `> x`.
        case moreThan
        /// "at least": `≥ x`.
        case atLeast

        /// The mathematical sign a reader expects: `=`, `≤`, `<`, `≈`, `>`, `≥`.
        public var symbol: String {
            switch self {
            case .exact: "="
            case .atMost: "≤"
            case .lessThan, .justUnder: "<"
            case .approximately: "≈"
            case .moreThan, .justOver: ">"
            case .atLeast: "≥"
            }
        }

        /// The values a number `x` hedged this way allows. `precision` is the place value of
        /// the last non-zero digit written (100 for "600"), which bounds the rounding an
        /// unhedged number is granted. The tolerances are `HedgeLexicon`'s, documented there.
        public func range(around x: Double, precision: Double) -> ValueRange {
            let close = abs(x) * HedgeLexicon.closeness
            switch self {
            case .exact:
                let slack = min(precision / 2, abs(x) * HedgeLexicon.roundingCap)
                return .closed(x - slack, x + slack)
            case .atMost:
                return ValueRange(lower: nil, upper: .init(x, inclusive: true))
            case .lessThan:
                return ValueRange(lower: nil, upper: .init(x, inclusive: false))
            case .justUnder:
                return .halfOpen(x - close, x)
            case .approximately:
                let slack = max(close, precision / 2)
                return .closed(x - slack, x + slack)
            case .justOver:
                return ValueRange(lower: .init(x, inclusive: false), upper: .init(x + close, inclusive: true))
            case .moreThan:
                return ValueRange(lower: .init(x, inclusive: false), upper: nil)
            case .atLeast:
                return ValueRange(lower: .init(x, inclusive: true), upper: nil)
            }
        }

        /// A vague amount ("hundreds") already is a range; a hedge can only lift one of its ends.
        public func range(around vague: ValueRange) -> ValueRange {
            switch self {
            case .exact, .approximately: vague
            case .atMost, .lessThan, .justUnder: ValueRange(lower: nil, upper: vague.upper)
            case .moreThan, .atLeast, .justOver: ValueRange(lower: vague.lower, upper: nil)
            }
        }
    }

    /// The hedge as the outlet wrote it, e.g. "As many as".
    public var text: String
    public var relation: Relation

    public init(text: String, relation: Relation) {
        self.text = text
        self.relation = relation
    }
}
