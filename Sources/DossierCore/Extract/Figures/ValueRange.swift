/// The values a figure allows: an interval whose ends may be open or closed, or missing when
/// the text sets no bound on that side ("over 600" has no upper bound, "as many as 600" no
/// lower one). Every readable figure has one, in its own unit, so the agreement check can
/// intersect them and a chart can draw each outlet's range as a bar on a shared axis.
public struct ValueRange: Sendable, Hashable {
    public struct Bound: Sendable, Hashable {
        public var value: Double
        /// True when the bound itself is allowed (`≤ 600`), false when it is not (`< 600`).
        public var isInclusive: Bool

        public init(_ value: Double, inclusive: Bool) {
            self.value = value
            self.isInclusive = inclusive
        }
    }

    /// nil: no lower bound stated.
    public var lower: Bound?
    /// nil: no upper bound stated.
    public var upper: Bound?

    public init(lower: Bound?, upper: Bound?) {
        self.lower = lower
        self.upper = upper
    }

    /// `[low, high]`.
    public static func closed(_ low: Double, _ high: Double) -> ValueRange {
        ValueRange(lower: Bound(low, inclusive: true), upper: Bound(high, inclusive: true))
    }

    /// `[low, high)`.
    public static func halfOpen(_ low: Double, _ high: Double) -> ValueRange {
        ValueRange(lower: Bound(low, inclusive: true), upper: Bound(high, inclusive: false))
    }

    /// True when no value satisfies both ends.
    public var isEmpty: Bool {
        guard let lower, let upper else { return false }
        if lower.value != upper.value { return lower.value > upper.value }
        return !(lower.isInclusive && upper.isInclusive)
    }

    public func contains(_ value: Double) -> Bool {
        if let lower, value < lower.value || (value == lower.value && !lower.isInclusive) { return false }
        if let upper, value > upper.value || (value == upper.value && !upper.isInclusive) { return false }
        return true
    }

    /// The values both ranges allow, or nil when there are none.
    public func intersection(_ other: ValueRange) -> ValueRange? {
        let result = ValueRange(lower: Self.tighter(lower, other.lower, upper: false),
                                upper: Self.tighter(upper, other.upper, upper: true))
        return result.isEmpty ? nil : result
    }

    /// The same range in another unit (`factor` base units per unit).
    public func scaled(by factor: Double) -> ValueRange {
        ValueRange(lower: lower.map { Bound($0.value * factor, inclusive: $0.isInclusive) },
                   upper: upper.map { Bound($0.value * factor, inclusive: $0.isInclusive) })
    }

    /// Of two bounds on the same side, the one that excludes more.
    static func tighter(_ a: Bound?, _ b: Bound?, upper: Bool) -> Bound? {
        guard let a else { return b }
        guard let b else { return a }
        if a.value == b.value { return Bound(a.value, inclusive: a.isInclusive && b.isInclusive) }
        return (a.value < b.value) == upper ? a : b
    }
}

extension ValueRange: Codable {
    enum CodingKeys: String, CodingKey { case lower, upper }

    /// Both keys are always present (`null` for a missing bound), so the JSON has one shape.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(lower, forKey: .lower)
        try container.encode(upper, forKey: .upper)
    }
}

extension ValueRange.Bound: Codable {
    enum CodingKeys: String, CodingKey { case value, inclusive }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(Double.self, forKey: .value), inclusive: try container.decode(Bool.self, forKey: .inclusive))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(isInclusive, forKey: .inclusive)
    }
}
