/// Words and marks that start a new clause inside a sentence. A count takes its cue from
/// its own clause first, so in "A quarter of a million need aid and almost 10 million have
/// been displaced" each number gets its own verb. Data for `ClauseSegmenter`.
enum ClauseLexicon {
    static let conjunctions: Set<String> = [
        "and", "but", "while", "whereas", "although", "though", "that", "which", "who", "whom", "whose",
        "where", "when", "as", "because", "after", "before", "despite", "if", "unless", "whilst", "or", "since", "until",
    ]

    /// Marks that separate clauses. Commas are not among them: they also set off
    /// appositions ("Over 600 people, mostly women and children, have been evacuated").
    static let marks: Set<String> = [";", ":", "\u{2014}", "\u{2013}", "(", ")", "\u{201C}", "\u{201D}", "\""]

    /// A hyphen with spaces around it ("a key Syrian ally -- to") is a dash.
    static let spacedDash = "-"
}
