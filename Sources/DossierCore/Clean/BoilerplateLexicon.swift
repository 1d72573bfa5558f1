/// Why a piece of copied web text is not part of the article.
public enum BoilerplateKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Newsletter, subscription and app prompts ("Sign up for …", "Subscribe to …").
    case prompt
    /// Inline promo links in square brackets ("[WORLD REPORT: …]").
    case promo
    /// Byline debris ("By + More"); names found are kept as authors.
    case byline
    /// Date-stamp debris ("Published: Updated:").
    case dateline
    /// A line the page repeated.
    case duplicate
    /// The copy of a photo caption that appeared twice (the fuller copy is kept as the caption).
    case caption
    /// The list of unrelated article teasers after the article.
    case teaser
    /// A lone rule or dash line.
    case separator
}

/// The words and phrases the cleaner recognises. Data, not logic: extending the cleaner to a
/// new outlet's furniture means adding a phrase here, not another `if`.
public enum BoilerplateLexicon {
    public enum Match: Sendable {
        /// The block starts with the phrase.
        case prefix
        /// The phrase appears anywhere in the block.
        case contains
    }

    /// Calls to action that mark a block as a prompt when the block is short (see `maxPromptWords`).
    /// Matched case-insensitively, with curly apostrophes folded to straight ones.
    public static let promptPhrases: [(phrase: String, match: Match)] = [
        ("subscribe to", .prefix),
        ("subscribe now", .prefix),
        ("subscribe today", .prefix),
        ("sign up for", .prefix),
        ("sign up to", .prefix),
        ("sign up now", .prefix),
        ("click here", .prefix),
        ("download our app", .prefix),
        ("download the app", .prefix),
        ("follow us on", .prefix),
        ("read more:", .prefix),
        ("read more at", .prefix),
        ("related:", .prefix),
        ("recommended:", .prefix),
        ("advertisement", .prefix),
        ("share this article", .prefix),
        ("listen to this article", .prefix),
        ("support our journalism", .prefix),
        ("get the latest news", .prefix),
        ("already a subscriber", .prefix),
        ("escape your echo chamber", .contains),
        ("get the facts behind the news", .contains),
        ("newsletters", .contains),
        ("free newsletter", .contains),
        ("our newsletter", .contains),
        ("in your inbox", .contains),
        ("to your inbox", .contains),
        ("daily email", .contains),
        ("weekly email", .contains),
        ("sign up to receive", .contains),
        ("subscribe for", .contains),
        ("unlimited access", .contains),
        ("cookie policy", .contains),
        ("terms of service", .contains),
    ]

    /// A prompt is furniture only when short; a long paragraph that mentions a newsletter is journalism.
    public static let maxPromptWords = 40

    /// A short block sandwiched between two prompts is part of the same prompt box.
    public static let maxPromptBoxWords = 25

    /// Labels of date stamps ("Published: 10 Feb 2014 Updated: …").
    public static let datelineLabels: Set<String> = [
        "published", "updated", "posted", "last", "first", "modified", "on", "at", "|", "-", "–", "—", ":",
    ]

    /// Words that may appear in a date or time stamp.
    public static let dateWords: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "est", "edt", "et", "pt",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "ago", "hours", "hour", "minutes", "days",
    ]

    /// Tokens of byline debris that are not names ("By + More").
    public static let bylineFillers: Set<String> = ["+", "more", "|", "-", "–", "—", "staff", "and", "&", ","]

    /// Words that end a byline and start its date stamp ("By Jane Doe Published …").
    public static let bylineStampWords: Set<String> = ["published", "updated", "posted", "last"]

    /// Lowercase particles allowed inside names in a byline ("Ahmed al-Sharaa", "Ursula von der Leyen").
    public static let nameParticles: Set<String> = ["al", "el", "bin", "ibn", "de", "da", "del", "der", "van", "von", "la", "le", "and", "du", "di"]

    /// Lines that only separate (rules, dashes, bullets).
    public static let separatorCharacters: Set<Character> = ["-", "–", "—", "_", "*", "•", "·", "=", "~", "#"]

    /// Longest block accepted inside a teaser list; a longer one is article text.
    public static let maxTeaserBlockWords = 40
    /// Most blocks a single teaser item may have (title, kicker, byline, image credit).
    public static let maxTeaserItemBlocks = 4

    /// Photo captions: two blocks sharing a prefix this long (in words) are copies of one caption…
    public static let captionMinSharedWords = 8
    /// …provided the shared prefix is at least this share of the shorter block…
    public static let captionMinSharedFraction = 0.5
    /// …and the copies are at most this many blocks apart.
    public static let captionMaxDistance = 3

    /// A dek (standfirst) is a short block right after the headline.
    public static let maxDekWords = 35
    /// Longest title or kicker in a teaser list that has no byline stamps.
    public static let maxTeaserTitleWords = 15

    /// Zero-width characters that web copy leaves behind and that no reader can see.
    public static let invisibleScalars: Set<Unicode.Scalar> = ["\u{200B}", "\u{FEFF}", "\u{00AD}", "\u{2060}"]
}
