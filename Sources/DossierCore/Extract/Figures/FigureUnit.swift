/// What a figure counts or measures. Durations share a dimension (and convert to days) so
/// "18 months" and "a year and a half" can be compared; a calendar year is a date, not an amount.
public enum FigureUnit: String, Sendable, Hashable, Codable, CaseIterable {
    case people
    case hours, days, weeks, months, years
    /// A date on the calendar, e.g. the year a war began.
    case calendarYear
    case pages
    case percent
    case dollars, euros, pounds
    /// Nothing said, or a noun the lexicon does not know ("the two sides").
    case unspecified

    public enum Dimension: String, Sendable, Hashable, Codable {
        case count, duration, date, share, money, other
    }

    public var dimension: Dimension {
        switch self {
        case .people, .unspecified: .count
        case .hours, .days, .weeks, .months, .years: .duration
        case .calendarYear: .date
        case .percent: .share
        case .dollars, .euros, .pounds: .money
        case .pages: .other
        }
    }

    /// Base units (days for durations) per one of this unit, for comparing across units.
    public var baseFactor: Double {
        switch self {
        case .hours: 1.0 / 24
        case .weeks: 7
        case .months: 365.25 / 12
        case .years: 365.25
        default: 1
        }
    }

    /// The unit's name, singular or plural, for text such as "3 days" or "1 year".
    public func name(plural: Bool) -> String {
        switch self {
        case .people: plural ? "people" : "person"
        case .hours: plural ? "hours" : "hour"
        case .days: plural ? "days" : "day"
        case .weeks: plural ? "weeks" : "week"
        case .months: plural ? "months" : "month"
        case .years: plural ? "years" : "year"
        case .calendarYear: ""
        case .pages: plural ? "pages" : "page"
        case .percent: "%"
        case .dollars: plural ? "dollars" : "dollar"
        case .euros: plural ? "euros" : "euro"
        case .pounds: plural ? "pounds" : "pound"
        case .unspecified: ""
        }
    }
}
