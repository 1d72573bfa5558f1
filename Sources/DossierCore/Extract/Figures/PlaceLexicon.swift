/// Words that introduce, name or refer back to places, as data for `PlaceFinder`.
/// There is no gazetteer: a place is a capitalized name in a place-taking position
/// ("from Homs", "the city of Homs", "Jordan, home to"), so the rules work for places the
/// lexicon has never heard of.
enum PlaceLexicon {
    /// Words before a settlement noun that refers back: "the city", "this town". Three
    /// short words, compared in turn (cheaper than hashing every word of a report).
    static let settlementDeterminers: [String] = ["the", "this", "that"]

    /// Nouns for settlements and territories. "the besieged city of X" introduces X as a
    /// city; a later "the city" refers back to the latest one.
    static let settlementNouns: Set<String> = [
        "city", "town", "village", "camp", "enclave", "district", "neighbourhood", "neighborhood", "suburb",
        "region", "province", "governorate", "country", "capital", "port", "island", "valley", "strip", "area",
        "municipality", "county", "state", "territory", "stronghold",
    ]

    /// Prepositions after which a name is a place near a figure: "evacuated from X",
    /// "people across X", "siege of X".
    static let prepositions: [String] = ["from", "in", "into", "across", "throughout", "inside", "within", "out of", "of", "near", "around", "to"]

    /// Prepositions that do not give the place a quantity is about: people evacuated or fled
    /// *to* a place left somewhere else ("fled to Bangladesh"); refugees *from* a country
    /// are hosted elsewhere ("refugees from Syria").
    static let wrongPrepositions: [Quantity: Set<String>] = [
        .evacuated: ["to", "into", "toward", "towards"],
        .refugees: ["from", "out of"],
    ]

    /// Prepositions after which any capitalized name is remembered as a place of the report
    /// ("in Geneva", "from Homs"), which lets a later subject "Homs has been…" count as a place.
    /// "of" and "to" are left out: "Secretary of State", "spoke to Reuters".
    static let locatives: Set<String> = ["in", "from", "into", "across", "throughout", "inside", "near", "outside"]

    /// Asked of every word of a report: gated, so most words are not hashed.
    static let locativeGate = WordGate(locatives)
    static let settlementNounGate = WordGate(settlementNouns)

    static func isLocative(_ key: String) -> Bool { locativeGate.mayContain(key) && locatives.contains(key) }
    static func isSettlementNoun(_ key: String) -> Bool { settlementNounGate.mayContain(key) && settlementNouns.contains(key) }

    /// Phrases after a place that say it hosts the people counted: "Jordan, home to 600,000 refugees".
    static let hostPhrases: [String] = [
        "home to", "host to", "which hosts", "which is home to", "hosting", "hosts", "which has taken in",
        "has taken in", "now home to", "which shelters", "sheltering", "is home to", "was home to", "is now home to",
        "is hosting", "has hosted", "hosted", "is host to", "shelters", "has sheltered", "took in",
    ]

    /// Words between the people counted and where they are: "250,000 refugees are now in Chad".
    static let linkingWords: Set<String> = [
        "are", "were", "is", "was", "remain", "remained", "remaining", "live", "lived", "living", "now", "still",
        "currently", "sheltering", "staying", "stranded", "based", "housed", "registered",
    ]

    /// Verbs that may follow a subject place: "The city has been under siege".
    static let auxiliaries: Set<String> = ["has", "have", "had", "is", "was", "were", "are", "remains", "remained", "'s", "had been"]

    /// Lower-case particles inside names, joined by hyphens ("Deir ez-Zor", "al-Qusayr").
    static let particles: Set<String> = ["al", "el", "ez", "es", "ad", "as", "ar", "az", "ash", "at", "an", "de", "del", "la", "le", "du", "bin", "ibn", "abu"]

    /// Capitalized words that are never places: titles, days, months, pronouns and other
    /// words that open a sentence.
    static let notPlaces: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "it", "they", "he", "she", "we", "i", "you", "his", "her",
        "their", "our", "its", "in", "on", "at", "by", "for", "from", "with", "as", "but", "and", "or", "if",
        "president", "king", "queen", "prince", "minister", "secretary", "general", "mr", "mrs", "ms", "dr",
        "sheikh", "pope", "ambassador", "envoy", "spokesman", "spokeswoman", "deputy", "foreign", "prime",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "reuters", "afp", "ap", "u.n", "un", "nato",
    ]

    static let prepositionTable = PhraseTable(prepositions.map { ($0, ()) })
    static let hostTable = PhraseTable(hostPhrases.map { ($0, ()) })
}
