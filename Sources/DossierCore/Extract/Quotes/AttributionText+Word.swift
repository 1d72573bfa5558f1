/// The words of attribution texts: what each distinct text implies, worked out once and shared
/// by every token that spells it.
extension AttributionText {
    /// A token's text and what the speaker rules derive from it. The rules ask for these
    /// many times per token, so they are worked out once per distinct text (`WordTable`) and
    /// shared (a class: copying a token then costs one reference, not five strings).
    final class Word {
        let text: String
        let lower: String
        let isPossessive: Bool
        let base: String
        let lowerBase: String
        let isCapitalised: Bool
        let isInitialism: Bool
        /// Holds a letter: what Title Case counts (not "2014" or "–").
        let hasLetter: Bool
        /// The speech verb `lower` is, if any (`SpeechVerbLexicon`).
        let speechVerb: SpeechVerbLexicon.Verb?
        /// `ReportSpeakers.fold` of `text` and of `base`, worked out on first ask: speaker
        /// names are keyed by them at every mention.
        private(set) lazy var folded = ReportSpeakers.fold(text)
        private(set) lazy var foldedBase = ReportSpeakers.fold(base)
        /// Set once by `WordTable` for word tokens; the lexicon look-ups need the fields above.
        fileprivate(set) var classes = Token.WordClasses()
        fileprivate var isClassified = false
        /// Other lexicon questions about the word (`SpeakerPhrase.isPronoun` and kin), each
        /// answered on first ask and remembered here as bits.
        private var asked: UInt16 = 0
        private var answers: UInt16 = 0

        enum Question: UInt16 {
            case pronoun, particle, determiner, roleWord, descriptorWord, commonWord, modifierWord, functionWord
        }

        /// `answer()` the first time `question` is asked of this word, after that its result.
        func remembered(_ question: Question, _ answer: () -> Bool) -> Bool {
            let bit: UInt16 = 1 << question.rawValue
            if asked & bit != 0 { return answers & bit != 0 }
            let value = answer()
            asked |= bit
            if value { answers |= bit }
            return value
        }

        init(_ text: String) {
            self.text = text
            let lower = text.lowercased()
            self.lower = lower
            let folded = lower.replacingApostrophes
            let possessive = folded.count > 2 && (folded.hasSuffix("'s") || folded.hasSuffix("s'"))
            self.isPossessive = possessive
            let base: String
            if possessive {
                base = text.replacingApostrophes.hasSuffix("'s") ? String(text.dropLast(2)) : String(text.dropLast())
            } else {
                base = text
            }
            self.base = base
            self.lowerBase = possessive ? base.lowercased() : lower
            self.isCapitalised = text.first?.fastIsUppercase ?? false
            self.isInitialism = Token.isInitialism(base)
            self.hasLetter = text.contains(where: \.fastIsLetter)
            self.speechVerb = SpeechVerbLexicon.verb(lower)
        }
    }

    /// `Word`s by text: shared by a report's plain and quote readings, and by the reports one
    /// build task reads in turn. Not thread-safe: one per task.
    final class WordTable {
        private var words: [String: Word] = [:]

        init() {}

        /// The word for `text`, with its lexicon classes looked up when it is a word token.
        func word(_ text: String, kind: Token.Kind) -> Word {
            let word: Word
            if let found = words[text] {
                word = found
            } else {
                word = Word(text)
                words[text] = word
            }
            if kind == .word, !word.isClassified {
                word.isClassified = true
                let token = Token(kind: kind, word: word, block: 0, range: 0..<0, sentence: 0)
                word.classes = Token.WordClasses(isNameWord: SpeakerPhrase.readsAsNameWord(token),
                                                 isOrganisationWord: SpeakerPhrase.readsAsOrganisationWord(token),
                                                 headKind: SpeakerPhrase.readsAsHead(token))
            }
            return word
        }
    }
}
