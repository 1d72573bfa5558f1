/// Number words, as data: cardinals, scale words, vague amounts and fractions.
enum NumberLexicon {
    static let ones: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]

    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// "a hundred", "two hundred": multiplies what precedes it, within a thousand.
    static let hundred = "hundred"
    /// "a dozen", "two dozen", "half a dozen".
    static let dozen = "dozen"

    /// Scale words after a number ("10 million", "three thousand"), largest last.
    static let scales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]

    /// Plural scale words as vague amounts: at least two of the scale, fewer than the next
    /// scale word ("hundreds": 200 to 999; "millions": 2 million to under a billion).
    static let vagueAmounts: [String: ValueRange] = [
        "dozens": .halfOpen(24, 100),
        "hundreds": .halfOpen(200, 1e3),
        "thousands": .halfOpen(2e3, 1e6),
        "millions": .halfOpen(2e6, 1e9),
        "billions": .halfOpen(2e9, 1e12),
    ]

    /// Vague multipliers of a scale word: "several hundred", "a few thousand",
    /// "tens of thousands", "hundreds of thousands". The scale word is singular after
    /// "several"/"a few" and plural after "of".
    static let vagueMultipliers: [String: ValueRange] = [
        "several": .halfOpen(3, 10),
        "few": .halfOpen(2, 10),
        "tens": .halfOpen(20, 100),
        "dozens": .halfOpen(24, 100),
        "hundreds": .halfOpen(200, 1e3),
    ]

    /// Plural scale words after "tens of", "hundreds of", and the scale each stands for.
    static let pluralScales: [String: Double] = ["thousands": 1e3, "millions": 1e6, "billions": 1e9]

    /// Fractions of a scale word: "a quarter of a million", "half a million", "three quarters of a billion".
    static let fractions: [String: Double] = [
        "half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1.0 / 3, "thirds": 1.0 / 3,
    ]

    /// Words that stand for one only before a scale or fraction ("a million", "a quarter").
    static let articles: Set<String> = ["a", "an", "one"]

    /// Words after which a number names something rather than counting it
    /// ("Resolution 2118", "Article 5", "page 3", "No. 10").
    static let labelWords: Set<String> = [
        "resolution", "article", "chapter", "section", "clause", "paragraph", "page", "no", "number", "room",
        "route", "flight", "channel", "highway", "road", "platform", "gate", "level", "phase", "round",
        "version", "episode", "season", "grade", "category", "class", "lot", "unit", "building", "block",
        "apartment", "floor", "box", "code", "tel", "fax", "ext",
    ]

    /// The most digits read as a value: beyond this a Double no longer holds every digit,
    /// and no count in a news report is that long.
    static let maximumDigits = 15
}
