/// Hedges and the tolerance each is granted: data, read by `Hedge.Relation.range`.
///
/// Tolerances (x is the number written):
/// - none (exact): ± half the place value of the last non-zero digit, capped at ±5% of x
///   ("600" allows 570–630, "136,000" allows 135,500–136,500, "3" allows 2.85–3.15);
/// - as many as, up to, at most, no more than: at most x, no lower bound;
/// - fewer than, less than, below: under x, no lower bound;
/// - almost, nearly, just under, not quite: from x − 10% up to, not including, x;
/// - roughly, about, some, around, approximately, an estimated: x ± 10% (at least the rounding);
/// - just over, slightly more than: above x, up to x + 10%;
/// - over, more than, above, in excess of, upwards of: above x, no upper bound;
/// - at least, no fewer than, no less than: x or more.
enum HedgeLexicon {
    /// How close "almost", "about" and "just over" keep to the number: 10%.
    static let closeness = 0.10
    /// The most rounding an unhedged number is granted: 5%.
    static let roundingCap = 0.05

    static let phrases: [(String, Hedge.Relation)] = [
        ("as many as", .atMost), ("up to", .atMost), ("at most", .atMost), ("no more than", .atMost),
        ("as much as", .atMost), ("a maximum of", .atMost),
        ("fewer than", .lessThan), ("less than", .lessThan), ("below", .lessThan),
        ("almost", .justUnder), ("nearly", .justUnder), ("just under", .justUnder), ("not quite", .justUnder),
        ("just short of", .justUnder), ("close to", .approximately),
        ("roughly", .approximately), ("about", .approximately), ("some", .approximately), ("around", .approximately),
        ("approximately", .approximately), ("an estimated", .approximately), ("estimated", .approximately),
        ("approx", .approximately), ("circa", .approximately), ("round about", .approximately),
        ("just over", .justOver), ("slightly more than", .justOver), ("just above", .justOver),
        ("over", .moreThan), ("more than", .moreThan), ("above", .moreThan), ("in excess of", .moreThan),
        ("upwards of", .moreThan), ("upward of", .moreThan),
        ("at least", .atLeast), ("no fewer than", .atLeast), ("no less than", .atLeast), ("a minimum of", .atLeast),
    ]

    static let table = PhraseTable(phrases)
}
