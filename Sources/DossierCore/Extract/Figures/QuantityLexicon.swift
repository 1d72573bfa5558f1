/// The words that say what a number measures, as data. Forms are listed as they occur
/// (lower-case; hyphens between words are matched like spaces), so matching is a lookup.
enum QuantityLexicon {
    /// Cues for counts of people. A count takes the nearest cue in its clause.
    static let countCues: [(String, Quantity)] = [
        // deaths
        ("killed", .deaths), ("kill", .deaths), ("kills", .deaths), ("killing", .deaths), ("died", .deaths),
        ("die", .deaths), ("dead", .deaths), ("deaths", .deaths), ("death toll", .deaths), ("toll", .deaths),
        ("perished", .deaths), ("perish", .deaths), ("fatalities", .deaths), ("lives", .deaths), ("slain", .deaths),
        ("massacred", .deaths), ("lost their lives", .deaths), ("were executed", .deaths), ("bodies", .deaths),
        // evacuated / escaped / fled a place
        ("evacuated", .evacuated), ("evacuate", .evacuated), ("evacuation", .evacuated), ("evacuations", .evacuated),
        ("evacuees", .evacuated), ("escaped", .evacuated), ("escape", .evacuated), ("escapes", .evacuated),
        ("escaping", .evacuated), ("fled", .evacuated), ("flee", .evacuated), ("flees", .evacuated),
        ("fleeing", .evacuated), ("rescued", .evacuated), ("bussed out", .evacuated), ("bused out", .evacuated),
        ("got out", .evacuated), ("were let out", .evacuated), ("allowed to leave", .evacuated), ("able to leave", .evacuated),
        // displaced
        ("displaced", .displaced), ("displacement", .displaced), ("uprooted", .displaced), ("homeless", .displaced),
        ("driven from their homes", .displaced), ("forced from their homes", .displaced),
        ("forced to leave their homes", .displaced), ("lost their homes", .displaced),
        // refugees
        ("refugees", .refugees), ("refugee", .refugees), ("asylum seekers", .refugees), ("sought refuge", .refugees),
        ("taken refuge", .refugees),
        // in need of aid
        ("need of aid", .inNeedOfAid), ("need aid", .inNeedOfAid), ("needing aid", .inNeedOfAid),
        ("need of humanitarian aid", .inNeedOfAid), ("need humanitarian aid", .inNeedOfAid),
        ("need of assistance", .inNeedOfAid), ("need assistance", .inNeedOfAid),
        ("need of humanitarian assistance", .inNeedOfAid), ("need humanitarian assistance", .inNeedOfAid),
        ("need of help", .inNeedOfAid), ("need help", .inNeedOfAid), ("need food", .inNeedOfAid),
        ("need of food", .inNeedOfAid), ("rely on aid", .inNeedOfAid), ("depend on aid", .inNeedOfAid),
        ("dependent on aid", .inNeedOfAid), ("require aid", .inNeedOfAid), ("require assistance", .inNeedOfAid),
        ("require humanitarian assistance", .inNeedOfAid), ("need of urgent aid", .inNeedOfAid),
        ("need urgent aid", .inNeedOfAid), ("need of emergency aid", .inNeedOfAid),
    ]

    /// Nouns of a truce, a siege or a conflict: a duration that modifies one ("three-day
    /// truce", "3-year-old war") or follows it with "for" ("under siege for 18 months")
    /// measures how long it lasted.
    static let durationCues: [(String, Quantity)] = [
        ("truce", .truceLength), ("ceasefire", .truceLength), ("cease fire", .truceLength),
        ("humanitarian pause", .truceLength), ("pause", .truceLength), ("lull", .truceLength),
        ("armistice", .truceLength), ("peace agreement", .truceLength), ("peace deal", .truceLength),
        ("humanitarian window", .truceLength), ("halt in fighting", .truceLength), ("cessation of hostilities", .truceLength),
        ("siege", .siegeLength), ("besieged", .siegeLength), ("blockade", .siegeLength), ("blockaded", .siegeLength),
        ("encirclement", .siegeLength), ("encircled", .siegeLength),
    ] + conflictNouns.map { ($0, .conflictAge) }

    /// Nouns for the conflict itself: their age is `conflictAge`, the year they began `conflictStart`.
    static let conflictNouns: [String] = [
        "war", "civil war", "conflict", "uprising", "revolution", "insurgency", "rebellion", "crisis",
        "hostilities", "revolt", "intifada",
    ]
    /// Nouns that can say when a conflict began ("the fighting that began in 2011") but whose
    /// length is usually a battle's, not the conflict's ("three days of fighting").
    static let startOnlyConflictNouns: [String] = ["fighting", "violence", "unrest", "clashes"]

    /// Verbs that say when a conflict began: "the conflict began in 2011", "began three years ago".
    static let startVerbs: [String] = [
        "began", "begun", "started", "erupted", "broke out", "started out", "kicked off", "was launched", "flared",
    ]

    /// Words that link a duration back to what lasted: "under siege for 18 months".
    static let durationLinks: Set<String> = ["for", "lasting", "lasted", "last", "spanning", "of", "by"]

    /// Words that make a duration or count an addition to an earlier one ("extend the truce
    /// for a further three days", "600 more"): such a figure is not the total and is not
    /// compared with totals.
    static let incrementPhrases: [(String, Bool)] = [
        ("a further", true), ("further", true), ("another", true), ("an additional", true), ("additional", true),
        ("an extra", true), ("extra", true), ("yet another", true),
    ]
    /// Verbs in a figure's clause that make a duration an extension.
    static let extensionVerbs: Set<String> = [
        "extend", "extended", "extends", "extending", "extension", "prolong", "prolonged", "prolonging", "renewed", "renew",
    ]
    /// Written right after a count: "600 more".
    static let incrementAfter: Set<String> = ["more"]

    /// "ago": after a duration, makes it the time since something happened.
    static let ago = "ago"
    /// "since": after a duration, followed by a conflict that began ("five weeks since the war began").
    static let since = "since"
    /// Words allowed between "since" and the conflict noun.
    static let determiners: Set<String> = ["the", "its", "this", "that"]

    static let countTable = PhraseTable(countCues)
    static let durationTable = PhraseTable(durationCues)
    static let conflictTable = PhraseTable((conflictNouns + startOnlyConflictNouns).map { ($0, ()) })
    static let startTable = PhraseTable(startVerbs.map { ($0, ()) })
    static let incrementTable = PhraseTable(incrementPhrases)
}
