/// Words that make a number a date or a time rather than an amount: months, parts of a year,
/// clock words. Data, used to keep "Feb 7", "10 February 2014" and "10:30 a.m." out of counts.
enum CalendarLexicon {
    /// Month names and abbreviations, lower-cased, with the month's number. Matched only
    /// when capitalized in the text, so the verb "may" and the noun "march" are not months.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Parts of a year before a year ("early 2011") and the slice of the year each covers.
    static let yearParts: [String: (from: Double, to: Double)] = [
        "early": (0, 1.0 / 3), "mid": (0.25, 0.75), "late": (2.0 / 3, 1), "spring": (0.2, 0.45),
        "summer": (0.45, 0.7), "autumn": (0.7, 0.95), "fall": (0.7, 0.95), "winter": (0, 0.2),
    ]

    /// Words after a number that make it a clock time ("10 a.m.", "3pm", "0900 GMT").
    static let clockWords: Set<String> = ["a.m", "p.m", "am", "pm", "gmt", "utc", "o'clock", "hrs", "bst", "cet", "est", "edt", "pst"]

    /// The range of years read as calendar years when written as four bare digits.
    static let plausibleYears: ClosedRange<Int> = 1000...2199
}
