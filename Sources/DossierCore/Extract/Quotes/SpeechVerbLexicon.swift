/// Verbs that report speech or writing, as data: a table of lemmas and the forms news copy
/// uses. The attributor looks a word up here; it never tests verbs one by one in code.
enum SpeechVerbLexicon {
    /// How the words reached the report: spoken, or written (which makes a document mentioned
    /// nearby the channel: "they wrote" after "a joint op-ed").
    enum Mode: String, Sendable {
        case spoken, written
    }

    struct Verb: Sendable, Hashable {
        var lemma: String
        var mode: Mode
        /// An -ing form ("saying", "adding"): its subject is the subject of the sentence.
        var isParticiple: Bool
    }

    /// Lemma, forms (any of them may appear), mode.
    static let table: [(lemma: String, forms: [String], mode: Mode)] = [
        ("say", ["say", "says", "said", "saying"], .spoken),
        ("tell", ["tell", "tells", "told", "telling"], .spoken),
        ("add", ["add", "adds", "added", "adding"], .spoken),
        ("state", ["stated"], .spoken),
        ("declare", ["declare", "declares", "declared", "declaring"], .spoken),
        ("announce", ["announce", "announces", "announced", "announcing"], .spoken),
        ("insist", ["insist", "insists", "insisted", "insisting"], .spoken),
        ("maintain", ["maintains", "maintained"], .spoken),
        ("claim", ["claims", "claimed", "claiming"], .spoken),
        ("argue", ["argue", "argues", "argued", "arguing"], .spoken),
        ("warn", ["warn", "warns", "warned", "warning"], .spoken),
        ("predict", ["predict", "predicts", "predicted", "predicting"], .spoken),
        ("forecast", ["forecasts", "forecasted"], .spoken),
        ("describe", ["describe", "describes", "described", "describing"], .spoken),
        ("characterise", ["characterises", "characterised", "characterizes", "characterized"], .spoken),
        ("call", ["calls", "called", "calling"], .spoken),
        ("term", ["termed"], .spoken),
        ("brand", ["brands", "branded"], .spoken),
        ("label", ["labels", "labelled", "labeled"], .spoken),
        ("note", ["notes", "noted", "noting"], .spoken),
        ("explain", ["explain", "explains", "explained", "explaining"], .spoken),
        ("stress", ["stresses", "stressed", "stressing"], .spoken),
        ("emphasise", ["emphasises", "emphasised", "emphasizes", "emphasized"], .spoken),
        ("acknowledge", ["acknowledge", "acknowledges", "acknowledged", "acknowledging"], .spoken),
        ("admit", ["admit", "admits", "admitted", "admitting"], .spoken),
        ("concede", ["concede", "concedes", "conceded", "conceding"], .spoken),
        ("ask", ["asks", "asked", "asking"], .spoken),
        ("urge", ["urge", "urges", "urged", "urging"], .spoken),
        ("reply", ["replies", "replied", "replying"], .spoken),
        ("respond", ["responds", "responded", "responding"], .spoken),
        ("continue", ["continued"], .spoken),
        ("recall", ["recalls", "recalled", "recalling"], .spoken),
        ("repeat", ["repeats", "repeated"], .spoken),
        ("echo", ["echoed"], .spoken),
        ("voice", ["voice", "voices", "voiced", "voicing"], .spoken),
        ("express", ["expresses", "expressed", "expressing"], .spoken),
        ("promise", ["promises", "promised", "promising"], .spoken),
        ("vow", ["vow", "vows", "vowed", "vowing"], .spoken),
        ("pledge", ["pledges", "pledged", "pledging"], .spoken),
        ("deny", ["denies", "denied", "denying"], .spoken),
        ("confirm", ["confirms", "confirmed", "confirming"], .spoken),
        ("suggest", ["suggests", "suggested", "suggesting"], .spoken),
        ("estimate", ["estimates", "estimated"], .spoken),
        ("report", ["reports", "reported", "reporting"], .spoken),
        ("quip", ["quips", "quipped"], .spoken),
        ("joke", ["jokes", "joked"], .spoken),
        ("shout", ["shouts", "shouted"], .spoken),
        ("whisper", ["whispers", "whispered"], .spoken),
        ("cry", ["cries", "cried"], .spoken),
        // Evaluative verbs: the quoted words are the speaker's, inside a judgement.
        ("blast", ["blast", "blasts", "blasted", "blasting"], .spoken),
        ("slam", ["slams", "slammed", "slamming"], .spoken),
        ("criticise", ["criticises", "criticised", "criticizes", "criticized", "criticising", "criticizing"], .spoken),
        ("condemn", ["condemns", "condemned", "condemning"], .spoken),
        ("denounce", ["denounces", "denounced", "denouncing"], .spoken),
        ("decry", ["decries", "decried"], .spoken),
        ("praise", ["praises", "praised", "praising"], .spoken),
        ("hail", ["hails", "hailed", "hailing"], .spoken),
        ("welcome", ["welcomes", "welcomed", "welcoming"], .spoken),
        ("dismiss", ["dismisses", "dismissed", "dismissing"], .spoken),
        ("reject", ["rejects", "rejected", "rejecting"], .spoken),
        ("accuse", ["accuses", "accused", "accusing"], .spoken),
        ("lament", ["laments", "lamented"], .spoken),
        ("cite", ["cites", "cited", "citing"], .spoken),
        // Written channels.
        ("write", ["write", "writes", "wrote", "writing"], .written),
        ("tweet", ["tweets", "tweeted", "tweeting"], .written),
        ("post", ["posted"], .written),
        ("pen", ["penned"], .written),
    ]

    static let forms: [String: Verb] = {
        var map: [String: Verb] = [:]
        for row in table {
            for form in row.forms {
                map[form] = Verb(lemma: row.lemma, mode: row.mode, isParticiple: form.hasSuffix("ing"))
            }
        }
        return map
    }()

    /// The verb a word is (lower-cased lookup), or nil.
    static func verb(_ word: String) -> Verb? {
        forms[word.lowercased()]
    }

    /// Prepositional attributions whose speaker follows them: "according to X". Each entry is
    /// the words in order, lower-cased.
    static let sourcePhrases: [[String]] = [
        ["according", "to"],
        ["in", "the", "words", "of"],
    ]

    /// Forms of "be": a speech verb right after one is passive ("has been called the 'capital
    /// of the revolution'") and names no speaker.
    static let passiveAuxiliaries: Set<String> = ["be", "been", "being", "is", "are", "was", "were", "'s", "’s"]

    /// Words that may stand between a subject and its verb ("Brahimi had also voiced",
    /// "Psaki on Friday blasted") or between a verb and its inverted subject.
    static let auxiliaries: Set<String> = [
        "had", "has", "have", "did", "does", "do", "will", "would", "could", "should", "may", "might", "must", "can",
        "also", "again", "later", "earlier", "previously", "once", "then", "repeatedly", "reportedly", "recently",
        "separately", "simply", "bluntly", "openly", "publicly", "privately", "flatly", "firmly", "never", "not",
        "already", "still", "further", "often", "frequently", "has also", "just", "too",
    ]
}
