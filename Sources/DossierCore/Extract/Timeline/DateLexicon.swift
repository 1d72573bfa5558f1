/// Words that name or shift dates in news prose. Data, not logic: adding a language or an
/// outlet's habit means adding entries here.
public enum DateLexicon {
    // Month names are shared with the figure rules: `CalendarLexicon.months`.

    /// Weekday names → 0 (Sunday) … 6 (Saturday), as `CivilDate.weekday` counts.
    public static let weekdays: [String: Int] = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]

    /// Days relative to the publication date.
    public static let relativeDays: [String: Int] = ["yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1]

    /// Words that open "last week", "this month", "next year" or "the weekend", with the
    /// shift in periods each means.
    public static let periodLeads: [String: Int] = ["last": -1, "this": 0, "the": 0, "next": 1]

    /// Small counts in words, for "two weeks ago" and "a day after".
    public static let counts: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3, "few": 3,
    ]

    /// Units of "N units ago" and "N units after", in days (months and years are calendar units).
    public enum Unit: String, Sendable { case day, week, month, year }
    public static let units: [String: Unit] = [
        "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month, "months": .month, "year": .year, "years": .year,
    ]

    /// Hedges before a relative amount ("almost three years ago"): the date is approximate.
    public static let approximations: Set<String> = ["almost", "nearly", "about", "around", "some", "roughly", "over", "more", "than", "just", "barely"]

    /// Qualifiers of a year ("early 2011").
    public static let yearParts: [String: String] = ["early": "early", "mid": "mid", "late": "late", "mid-": "mid"]

    /// Words that put a bare weekday in the future ("will meet on Thursday", "next Friday").
    public static let futureMarkers: Set<String> = ["will", "next", "tomorrow", "shall", "upcoming", "expected", "plans", "planned", "due"]

    /// Parts of a day that may follow a weekday ("Monday morning").
    public static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night"]

    /// Plurals without a final "s": after a four-digit number they make it a count, not a year.
    public static let irregularPlurals: Set<String> = ["people", "men", "women", "children", "dead", "wounded", "injured", "police", "staff", "personnel"]

    /// Words ending in "s" that are not plural nouns ("2011 was", "in 2011 as").
    public static let notPlurals: Set<String> = ["was", "is", "has", "as", "its", "his", "this", "thus", "us", "does", "yes", "plus", "less", "unless", "across", "towards", "besides"]

    /// Years outside this range are not calendar years in news prose (they are counts).
    public static let plausibleYears = 1900...2100
}
