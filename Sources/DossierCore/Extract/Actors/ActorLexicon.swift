/// Words the actor rules read, as data. Names themselves are never listed: people and
/// organisations are found by the shape of the text (capitalised runs, titles, initialisms,
/// organisation words in `SpeakerLexicon.organisationWords`), so outlets, events and people
/// the lexicon has never seen are found too.
enum ActorLexicon {
    /// Lower-case nouns that make a capitalised word before them a national or party
    /// institution ("the Syrian government", "the Russian army", "the Kurdish authorities"),
    /// each with the noun the institution is named by: a regime is the government it is.
    static let institutionHeads: [String: String] = [
        "government": "government", "regime": "government", "administration": "administration",
        "army": "army", "military": "military", "navy": "navy", "forces": "forces", "police": "police",
        "opposition": "opposition", "authorities": "authorities", "parliament": "parliament", "cabinet": "cabinet",
        "junta": "junta", "presidency": "presidency", "embassy": "embassy", "ministry": "ministry",
    ]

    /// Capitalised common nouns for organisations: alone ("the Ministry said") they refer
    /// back to an organisation, they do not name one. Specific names that are also words
    /// ("Congress", "the Guardian", "Reuters", "the Kremlin") are not listed.
    static let genericOrganisationNouns: Set<String> = [
        "ministry", "department", "office", "council", "committee", "commission", "agency", "organization", "organisation",
        "union", "party", "army", "forces", "front", "coalition", "international", "institute", "foundation", "bank",
        "fund", "group", "network", "news", "press", "company", "corporation", "association", "federation", "court",
        "assembly", "government", "house", "service", "services", "authority", "police", "embassy", "university",
        "centre", "center", "board", "bureau", "alliance", "movement", "brigade", "brigades", "command", "republic",
        "daily", "observatory", "programme", "program", "secretariat", "mission", "church", "society", "club", "league",
        "regime", "opposition", "administration", "military", "delegation", "authorities", "cabinet", "presidency",
    ]

    /// Verbs by which an outlet is credited at the end of a sentence: "…, Al Jazeera reports".
    /// A name credited this way with no title or role is a news organisation's.
    static let creditVerbs: Set<String> = ["reports", "reported", "reporting"]

    /// Lower-case words inside an organisation's name spelled out before its initialism:
    /// "Intergovernmental Authority on Development (IGAD)", "Médecins Sans Frontières".
    static let nameConnectors: Set<String> = ["of", "on", "for", "and", "in", "de", "du", "des", "la", "le", "del", "di"]

    /// Lower-case nouns after a name that make it a news organisation's: "told Al Hadath
    /// television", "the Daily Sabah newspaper".
    static let mediaNouns: Set<String> = [
        "television", "tv", "radio", "newspaper", "channel", "broadcaster", "magazine", "website", "daily", "weekly",
        "news", "newswire",
    ]

    /// A sentence is in Title Case (as headlines and teaser links are) when every word but
    /// the function words is capitalised, and it has at least this many such words. There
    /// every word looks like a name, so no actor is discovered from it alone.
    static let titleCaseMinimumWords = 3

    /// Generic words that open the names of places, not of people: "South Sudan", "Port
    /// Sudan", "Lake Chad", "Mount Sinjar". Words, not place names.
    static let placeOpeners: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "port", "lake", "mount",
        "cape", "gulf", "fort", "upper", "lower",
    ]
}
