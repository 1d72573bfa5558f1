/// A calendar span a date phrase stands for, as precise as the phrase allows.
public struct DateSpan: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Precision: Int, Sendable, Comparable {
        case day, weekend, week, month, year
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    public var start: CivilDate
    public var end: CivilDate
    public var precision: Precision
    /// True when the phrase is hedged or counted back loosely ("almost three years ago").
    public var approximate: Bool
    /// "early", "mid" or "late" for a year.
    public var part: String?

    public init(start: CivilDate, end: CivilDate, precision: Precision, approximate: Bool = false, part: String? = nil) {
        self.start = start
        self.end = end
        self.precision = precision
        self.approximate = approximate
        self.part = part
    }

    public static func day(_ date: CivilDate, approximate: Bool = false) -> DateSpan {
        DateSpan(start: date, end: date, precision: .day, approximate: approximate)
    }

    /// How a reader sees it: "Friday 7 February 2014", "weekend of 8–9 February 2014",
    /// "week of 3 February 2014", "January 2014", "early 2011", "about 27 January 2014".
    public var description: String {
        let about = approximate ? "about " : ""
        switch precision {
        case .day:
            return approximate ? "\(about)\(start.long)" : "\(start.weekdayName) \(start.long)"
        case .weekend:
            return "weekend of \(start.day)–\(end.long)"
        case .week:
            return "\(about)week of \(start.long)"
        case .month:
            return "\(about)\(CivilDate.monthNames[start.month - 1]) \(start.year)"
        case .year:
            return "\(about)\(part.map { "\($0) " } ?? "")\(start.year)"
        }
    }

    public static func < (a: DateSpan, b: DateSpan) -> Bool {
        (a.start, a.precision, a.end, a.approximate ? 1 : 0, a.part ?? "") < (b.start, b.precision, b.end, b.approximate ? 1 : 0, b.part ?? "")
    }
}

/// A date phrase found in a report, resolved against the report's publication date.
public struct DateMention: Sendable, Hashable {
    /// Index into the report's blocks.
    public var block: Int
    /// The phrase, as UTF-8 offsets into the block ("on Friday", "last month", "Feb 7").
    public var phrase: Range<Int>
    /// The sentence holding it, as UTF-8 offsets into the block.
    public var sentence: Range<Int>
    public var date: DateSpan
    /// Which rule resolved it, for `dossier timeline`-style audits and tests.
    public var rule: Rule

    public enum Rule: String, Sendable, Hashable {
        case calendarDate, monthDay, year, weekday, relativeDay, relativePeriod, countedBack, dayAfter
    }
}
