/// The words speaker phrases are made of, as data: titles and roles (kept as descriptors,
/// never as part of a name), nouns that make a group or a document speak, pronouns, and the
/// capitalised words that open sentences but are not names.
enum SpeakerLexicon {
    /// Gender a word implies, used only to keep "she" from resolving to a man and "he" to a woman.
    enum Gender: String, Sendable {
        case female, male
    }

    /// Titles and roles, lower-cased: "U.N. envoy", "State Department spokeswoman", "President".
    /// A capitalised title before a name ("French President Francois Hollande") is a
    /// descriptor; a lower-case one alone ("the spokesman said") describes an unnamed person.
    static let roles: Set<String> = [
        "president", "vice-president", "prime", "premier", "chancellor", "minister", "secretary", "undersecretary",
        "under-secretary", "secretary-general", "deputy", "ambassador", "envoy", "mediator", "negotiator", "diplomat",
        "spokesman", "spokeswoman", "spokesperson", "representative", "delegate", "coordinator", "co-ordinator",
        "commissioner", "commander", "general", "colonel", "captain", "lieutenant", "sergeant", "admiral", "chief",
        "head", "leader", "director", "director-general", "chairman", "chairwoman", "chair", "member", "official",
        "officer", "adviser", "advisor", "aide", "analyst", "expert", "researcher", "professor", "lecturer", "scholar",
        "correspondent", "reporter", "journalist", "editor", "columnist", "commentator", "economist", "lawyer",
        "attorney", "judge", "prosecutor", "activist", "campaigner", "doctor", "nurse", "surgeon", "worker",
        "volunteer", "resident", "witness", "survivor", "refugee", "mother", "father", "senator", "congressman",
        "congresswoman", "governor", "mayor", "king", "queen", "prince", "princess", "emir", "sheikh", "pope",
        "cardinal", "bishop", "imam", "rabbi", "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
        "sen", "rep", "gov", "gen", "col", "capt", "lt", "sgt", "prof", "rev", "source", "observer", "monitor",
        "businessman", "businesswoman", "founder", "ceo", "executive", "manager", "owner", "chef", "author",
        "writer", "poet", "historian", "scientist", "physician", "teacher", "student", "farmer", "soldier",
        "fighter", "commander-in-chief", "counterpart", "inspector", "auditor", "coach",
    ]

    /// Titles of rulers, whose territory may follow the name: "King Abdullah II of Jordan".
    static let territorialTitles: Set<String> = [
        "king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "president", "governor", "mayor",
    ]

    /// Irregular plurals of roles; regular ones are the role plus "s".
    static let irregularRolePlurals: [String: String] = [
        "spokesmen": "spokesman", "spokeswomen": "spokeswoman", "chairmen": "chairman", "businessmen": "businessman",
        "congressmen": "congressman", "chiefs": "chief", "mothers": "mother", "fathers": "father",
    ]

    /// Lower-case words that may modify a role or a group before it: "senior U.S. official",
    /// "the main opposition bloc", "veteran diplomat".
    static let modifiers: Set<String> = [
        "senior", "junior", "top", "former", "veteran", "chief", "deputy", "acting", "interim", "special", "local",
        "national", "federal", "regional", "central", "foreign", "military", "government", "opposition", "rebel",
        "state", "main", "armed", "transitional", "new", "outgoing", "incoming", "leading", "high-ranking",
        "unnamed", "anonymous", "independent", "international", "western", "eastern", "one", "two", "three", "several",
        "other", "both", "humanitarian", "aid", "un", "u.n.", "security", "intelligence", "police", "army", "party",
        "peace", "press", "media", "white", "house", "ruling", "exiled", "leaked", "joint", "open", "written",
        "internal", "confidential", "draft", "final", "official", "formal", "private", "public", "signed", "secret",
        "brief", "short", "long", "lengthy", "detailed", "strongly-worded",
    ]

    /// Nouns that make a group speak: "the government insists", "the opposition says".
    static let groupHeads: Set<String> = [
        "government", "regime", "opposition", "administration", "ministry", "department", "army", "military",
        "rebels", "council", "committee", "coalition", "delegation", "authorities", "police", "agency",
        "organisation", "organization", "group", "movement", "party", "commission", "court", "parliament", "cabinet",
        "embassy", "presidency", "union", "alliance", "company", "firm", "campaigners", "activists", "protesters",
        "residents", "witnesses", "diplomats", "officials", "observers", "negotiators", "monitors", "sides",
        "side", "bloc", "leadership", "junta", "militia", "militants", "insurgents", "forces", "network", "charity",
        "office", "secretariat", "mission", "team", "board", "panel", "kremlin", "pentagon", "palace",
    ]

    /// Nouns that make a text speak: "the document said", "the statement read".
    static let documentHeads: Set<String> = [
        "document", "letter", "statement", "communique", "communiqué", "report", "memo", "memorandum", "op-ed",
        "editorial", "column", "article", "declaration", "resolution", "draft", "text", "paper", "proposal",
        "email", "e-mail", "tweet", "post", "message", "note", "cable", "transcript", "release", "blog", "essay",
        "notice", "bulletin", "plan", "manifesto", "petition", "appeal", "ruling", "verdict", "study", "survey",
        "dossier", "briefing", "leaflet", "video", "recording", "audit", "review", "inquiry", "findings",
    ]

    /// Participles that name a document's author with "by": "the letter, given by Brahimi".
    /// ("reviewed by Reuters", "seen by the BBC" name the press, not the author, and are absent.)
    static let authorshipParticiples: Set<String> = [
        "given", "written", "sent", "signed", "issued", "drafted", "authored", "penned", "released", "published",
        "circulated", "distributed", "prepared", "delivered", "submitted", "presented", "handed", "put",
    ]

    /// Active verbs by which a subject produces a document: "Brahimi sent a letter".
    static let authorshipVerbs: Set<String> = [
        "wrote", "sent", "signed", "issued", "drafted", "authored", "penned", "released", "published", "circulated",
        "distributed", "prepared", "delivered", "submitted", "presented", "gave", "handed", "put",
    ]

    /// Words joining two people into a joint speaker: "Obama … with Hollande", "A and B".
    static let joiningWords: Set<String> = ["and", "with", "alongside"]

    static let singularPronouns: [String: Gender?] = ["he": .male, "she": .female]
    static let pluralPronouns: Set<String> = ["they"]
    static let neuterPronouns: Set<String> = ["it"]

    /// Role words that imply a gender.
    static let genderedWords: [String: Gender] = [
        "spokeswoman": .female, "chairwoman": .female, "congresswoman": .female, "businesswoman": .female,
        "mrs": .female, "ms": .female, "miss": .female, "queen": .female, "princess": .female, "lady": .female,
        "dame": .female, "mother": .female, "madam": .female,
        "spokesman": .male, "chairman": .male, "congressman": .male, "businessman": .male, "mr": .male,
        "king": .male, "prince": .male, "lord": .male, "sir": .male, "father": .male, "emir": .male, "sheikh": .male,
        "pope": .male,
    ]

    /// Capitalised words in names that make the name an organisation, not a person:
    /// "State Department", "Human Rights Watch", "Syrian Red Crescent".
    static let organisationWords: Set<String> = [
        "department", "ministry", "office", "nations", "council", "committee", "commission", "agency", "organization",
        "organisation", "union", "party", "army", "forces", "front", "coalition", "watch", "international",
        "institute", "foundation", "bank", "fund", "group", "network", "news", "times", "post", "press", "company",
        "corporation", "corp", "inc", "association", "federation", "court", "parliament", "congress", "senate",
        "assembly", "government", "house", "crescent", "cross", "service", "services", "authority", "police",
        "embassy", "university", "centre", "center", "board", "bureau", "alliance", "movement", "brigade",
        "brigades", "command", "states", "kingdom", "emirates", "republic", "daily", "herald",
        "tribune", "journal", "gazette", "telegraph", "guardian", "observatory", "programme", "program", "secretariat",
        "mission", "church", "society", "club", "league", "reuters", "associated", "agence",
    ]

    /// Capitalised words that open sentences or clauses and are never part of a name.
    static let functionWords: Set<String> = [
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "so", "then", "however", "meanwhile", "last", "this",
        "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "its", "our",
        "my", "your", "after", "before", "as", "while", "when", "where", "if", "although", "though", "despite",
        "since", "for", "from", "with", "without", "by", "to", "of", "into", "over", "under", "among", "between",
        "some", "many", "most", "all", "both", "each", "every", "no", "not", "there", "here", "what", "who", "whom",
        "which", "why", "how", "more", "less", "such", "other", "another", "yet", "also", "still", "even", "only",
        "just", "now", "today", "yesterday", "tomorrow", "tonight", "earlier", "later", "already", "instead",
        "indeed", "thus", "hence", "according", "following", "amid", "during", "until", "unless",
        "whether", "because", "once", "about", "around", "against", "across", "through", "up", "down", "out",
        "off", "near", "inside", "outside", "nor", "either", "neither", "than", "like", "unlike", "via", "per",
    ]

    /// Days, months and parts of the day, skipped in time adverbials ("Psaki on Friday blasted").
    static let temporalWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "weekend", "morning", "afternoon", "evening", "night", "week", "month",
        "year", "today", "yesterday", "tonight", "tomorrow",
    ]

    /// Temporal words that are never part of a name ("said Psaki Friday"); months that are
    /// also names (May, June, April, August…) are left out so "Theresa May" stays a name.
    static let neverNames: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "september", "october", "november", "december", "feb", "sept", "oct", "nov", "dec",
    ]

    /// Prepositions that open a time adverbial between subject and verb: "Psaki on Friday blasted".
    static let temporalPrepositions: Set<String> = ["on", "last", "this", "late", "early", "over", "at", "in"]

    /// Lower-case particles inside names: "Bashar al-Assad", "Ursula von der Leyen".
    static let nameParticles: Set<String> = [
        "al", "el", "bin", "ibn", "abu", "von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "la",
        "le", "dos", "das", "ben", "bint", "ter", "y",
    ]

    /// Small words that bind a title to its complement: "Secretary of State", "Ambassador to Syria".
    static let titleBinders: Set<String> = ["of", "to", "for", "at"]

    /// Articles and determiners that open a descriptive phrase.
    static let determiners: Set<String> = ["the", "a", "an"]

    static func isRole(_ lower: String) -> Bool {
        roles.contains(lower)
    }

    /// The singular role of a plural role word ("officials" → "official"), or nil.
    static func pluralRole(_ lower: String) -> String? {
        if let singular = irregularRolePlurals[lower] { return singular }
        guard lower.utf8.last == UInt8(ascii: "s"), lower.count > 3 else { return nil }
        let singular = String(lower.dropLast())
        return roles.contains(singular) ? singular : nil
    }
}
