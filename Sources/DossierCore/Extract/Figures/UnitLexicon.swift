/// Words that name what a number counts or measures. Data: each form maps to its unit.
enum UnitLexicon {
    /// Unit words after a number ("18 months") or inside a compound ("three-day", "3-year-old").
    static let measures: [String: FigureUnit] = [
        "hour": .hours, "hours": .hours,
        "day": .days, "days": .days,
        "week": .weeks, "weeks": .weeks,
        "month": .months, "months": .months,
        "year": .years, "years": .years,
        "page": .pages, "pages": .pages,
        "percent": .percent, "per cent": .percent, "pct": .percent,
        "dollar": .dollars, "dollars": .dollars,
        "euro": .euros, "euros": .euros,
        "pound": .pounds, "pounds": .pounds,
    ]

    /// Currency signs written before a number ("$5 million").
    static let currencySigns: [String: FigureUnit] = ["$": .dollars, "€": .euros, "£": .pounds]

    /// Marks written right after a number ("40%").
    static let percentSigns: Set<String> = ["%"]

    /// Nouns for people: "600 residents", "hundreds of civilians". A number followed by one
    /// counts people.
    static let people: Set<String> = [
        "people", "persons", "person", "civilians", "civilian", "residents", "inhabitants", "individuals",
        "children", "women", "men", "adults", "families", "refugees", "evacuees", "migrants", "survivors",
        "soldiers", "troops", "fighters", "rebels", "militants", "combatants", "detainees", "prisoners",
        "patients", "victims", "citizens", "nationals", "workers", "volunteers", "protesters", "demonstrators",
        "students", "villagers", "displaced", "dead", "wounded", "injured",
    ]

    /// People nouns that take the name of their place as a modifier: "600 Homs residents".
    static let residents: Set<String> = ["residents", "inhabitants", "civilians", "people", "villagers", "citizens", "families"]

    /// Suffixes of words for nationalities ("Syrian", "Lebanese", "Turkish"): a modifier like
    /// this names who people are, not where they are. Short endings such as "-an" are left
    /// out on purpose: too many place names end that way (Jordan, Sudan, Oman).
    static let demonymSuffixes: [String] = ["ian", "ean", "ese", "ish"]

    /// "-old" and "-long" after a duration compound ("3-year-old war", "18-month-long siege").
    static let durationCompoundTails: Set<String> = ["old", "long"]
}
