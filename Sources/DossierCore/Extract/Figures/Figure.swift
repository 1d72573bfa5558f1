/// A number an outlet reports, with what the text says about it: the words as written
/// (hedge included), the values they allow, what is counted and where, and the exact
/// passage it came from. Figures are compared across outlets by `FigureAgreement`.
public struct Figure: Sendable, Hashable {
    /// The figure as written, hedge and duration unit included: "As many as 600",
    /// "almost 18 months", "three-day", "a further three days". This is the span anchored
    /// on the article page.
    public var text: String
    /// The number alone, as written: "600", "130,00", "a quarter of a million", "hundreds".
    public var number: String
    /// The number written, as a value in `unit`; nil for vague amounts ("hundreds") and for
    /// digits that cannot be read as written ("130,00").
    public var nominal: Double?
    /// The values the words allow, in `unit`, with the hedge's tolerance applied; nil when
    /// the number cannot be read as written.
    public var value: ValueRange?
    /// True for amounts that are ranges by nature: "hundreds", "millions", "tens of thousands".
    public var isVague: Bool
    /// nil when unhedged.
    public var hedge: Hedge?
    /// True when the figure is an addition to an earlier one ("extended by a further three
    /// days", "600 more"): not a total, so not compared with totals.
    public var isIncrement: Bool
    public var unit: FigureUnit
    public var quantity: Quantity
    /// The place the figure concerns, as written ("Homs"), when the text gives one.
    public var place: String?
    /// Set when the digits are malformed; the figure is kept exactly as written.
    public var malformation: Malformation?
    /// Index into `CleanText.blocks`.
    public var block: Int
    /// Whether the figure is in the headline, the dek or the body.
    public var role: TextBlock.Role
    /// UTF-8 offsets of `text` in the block's text.
    public var range: Range<Int>
    /// Where `text` starts in the source file.
    public var location: SourceLocation

    public init(text: String, number: String, nominal: Double?, value: ValueRange?, isVague: Bool, hedge: Hedge?,
                isIncrement: Bool, unit: FigureUnit, quantity: Quantity, place: String?, malformation: Malformation?,
                block: Int, role: TextBlock.Role, range: Range<Int>, location: SourceLocation) {
        self.text = text
        self.number = number
        self.nominal = nominal
        self.value = value
        self.isVague = isVague
        self.hedge = hedge
        self.isIncrement = isIncrement
        self.unit = unit
        self.quantity = quantity
        self.place = place
        self.malformation = malformation
        self.block = block
        self.role = role
        self.range = range
        self.location = location
    }

    /// The hedge's relation, `.exact` when there is none.
    public var relation: Hedge.Relation { hedge?.relation ?? .exact }
}

/// Why a number cannot be read as written, and what it most likely meant.
public struct Malformation: Sendable, Hashable, Codable {
    /// E.g. "digit group “00” after a comma has 2 digits; groups after a comma have three digits".
    public var reason: String
    /// The one repair that needs no guess, when there is one ("130,000"): a hypothesis,
    /// never used as the figure's value.
    public var obviousReading: String?
    /// The values the figure would allow under `obviousReading`, hedge applied.
    public var obviousValue: ValueRange?

    public init(reason: String, obviousReading: String?, obviousValue: ValueRange?) {
        self.reason = reason
        self.obviousReading = obviousReading
        self.obviousValue = obviousValue
    }

    enum CodingKeys: String, CodingKey { case reason, obviousReading, obviousValue }

    /// Every key always present, `null` when empty, so the JSON has one shape.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reason, forKey: .reason)
        try container.encode(obviousReading, forKey: .obviousReading)
        try container.encode(obviousValue, forKey: .obviousValue)
    }
}
