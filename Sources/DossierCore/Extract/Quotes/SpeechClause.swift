/// A reporting clause: a speech verb and its subject ("she said", "said Valerie Amos",
/// "Psaki on Friday blasted", "according to UN envoy Lakhdar Brahimi"), wherever it stands in
/// the report. Quotations are attributed by where they stand relative to these clauses.
struct SpeechClause: Equatable {
    /// Token range of the verb ("said", or the two words of "according to").
    var verb: ClosedRange<Int>
    var mode: SpeechVerbLexicon.Mode
    var subject: SpeakerPhrase
    /// "according to X": the speaker is a source, wherever the clause stands in the sentence.
    var isSourcePhrase: Bool
    /// "…, saying": the subject is the sentence's, far from the verb.
    var isParticiple = false
    /// From the first token of the clause (subject or verb) to its last.
    var extent: ClosedRange<Int>
    var sentence: Int

    /// Words before a verb that make it a noun ("the report", "his claims").
    static let nounMarkers: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "to"]

    /// Adverbs that may separate a passive auxiliary from its verb ("was also called").
    static let passiveAdverbs: Set<String> = ["also", "often", "widely", "repeatedly", "once", "sometimes", "long", "variously", "previously"]

    /// Every reporting clause of the report, in reading order. Linear in the number of tokens
    /// (each verb looks at a bounded window around it).
    static func find(in text: AttributionText) -> [SpeechClause] {
        let tokens = text.tokens
        var clauses: [SpeechClause] = []
        for index in tokens.indices where tokens[index].isWord {
            let sentence = text.sentence(of: index)
            if let length = sourcePhraseLength(at: index, in: text) {
                let verb = index...(index + length - 1)
                if let subject = SpeakerPhrase.starting(at: index + length, in: text) {
                    clauses.append(SpeechClause(verb: verb, mode: .spoken, subject: subject, isSourcePhrase: true,
                                                extent: index...subject.tokens.upperBound, sentence: tokens[index].sentence))
                }
                continue
            }
            guard let verb = tokens[index].speechVerb else { continue }
            if index - 1 >= sentence.lowerBound, tokens[index - 1].isWord, nounMarkers.contains(tokens[index - 1].lower) { continue }
            if !verb.isParticiple, isPassive(verbAt: index, in: text) { continue }

            if verb.isParticiple, let quoted = quotedAsSaying(participleAt: index, in: text) {
                // "Reyes was quoted as saying": the subject of "was quoted".
                if let subject = subjectBefore(verbAt: quoted, in: text, skippingPassive: true) {
                    clauses.append(SpeechClause(verb: quoted...index, mode: verb.mode, subject: subject, isSourcePhrase: false,
                                                extent: subject.tokens.lowerBound...index, sentence: tokens[index].sentence))
                }
                continue
            }
            if verb.isParticiple {
                // "…, saying": the subject is the sentence's.
                guard index - 1 > sentence.lowerBound, tokens[index - 1].isPunctuation(","),
                      let subject = SpeakerPhrase.starting(at: sentence.lowerBound, in: text) else { continue }
                clauses.append(SpeechClause(verb: index...index, mode: verb.mode, subject: subject, isSourcePhrase: false,
                                            isParticiple: true, extent: index...index, sentence: tokens[index].sentence))
                continue
            }
            if let subject = subjectBefore(verbAt: index, in: text) {
                clauses.append(SpeechClause(verb: index...index, mode: verb.mode, subject: subject, isSourcePhrase: false,
                                            extent: subject.tokens.lowerBound...index, sentence: tokens[index].sentence))
                continue
            }
            // Inverted order right after a quotation: `"…," said Valerie Amos`.
            let previous = index - 1
            let followsQuotation = previous >= sentence.lowerBound
                && (isQuotation(tokens[previous]) || (tokens[previous].kind == .punctuation && previous - 1 >= sentence.lowerBound && isQuotation(tokens[previous - 1])))
            if followsQuotation, let subject = SpeakerPhrase.starting(at: index + 1, in: text) {
                clauses.append(SpeechClause(verb: index...index, mode: verb.mode, subject: subject, isSourcePhrase: false,
                                            extent: index...subject.tokens.upperBound, sentence: tokens[index].sentence))
            }
        }
        return clauses
    }

    static func isQuotation(_ token: AttributionText.Token) -> Bool {
        if case .quotation = token.kind { return true }
        return false
    }

    /// Length in tokens of an "according to"-style phrase starting at `index`, or nil.
    static func sourcePhraseLength(at index: Int, in text: AttributionText) -> Int? {
        let tokens = text.tokens
        for phrase in SpeechVerbLexicon.sourcePhrases where index + phrase.count <= tokens.count && tokens[index].lower == phrase[0] {
            if zip(phrase, tokens[index..<(index + phrase.count)]).allSatisfy({ $1.isWord && $1.lower == $0 }) {
                return phrase.count
            }
        }
        return nil
    }

    /// "has been called", "was said": a form of "be" before the verb.
    static func isPassive(verbAt index: Int, in text: AttributionText) -> Bool {
        let lowerBound = text.sentence(of: index).lowerBound
        var previous = index - 1
        while previous >= lowerBound, text.tokens[previous].isWord, passiveAdverbs.contains(text.tokens[previous].lower) { previous -= 1 }
        guard previous >= lowerBound, text.tokens[previous].isWord else { return false }
        return SpeechVerbLexicon.passiveAuxiliaries.contains(text.tokens[previous].lower)
    }

    /// "quoted as saying": the index of "quoted" when the participle at `index` follows it.
    static func quotedAsSaying(participleAt index: Int, in text: AttributionText) -> Int? {
        let tokens = text.tokens
        let lowerBound = text.sentence(of: index).lowerBound
        guard index - 2 >= lowerBound, tokens[index - 1].isWord, tokens[index - 1].lower == "as",
              tokens[index - 2].isWord, tokens[index - 2].lower == "quoted" else { return nil }
        return index - 2
    }

    /// The subject of a verb, read backwards over auxiliaries ("had also"), time adverbials
    /// ("on Friday") and an appositive between commas ("Amos, the U.N. aid chief, said").
    /// `skippingPassive`: also over forms of "be" ("Reyes was quoted").
    static func subjectBefore(verbAt index: Int, in text: AttributionText, skippingPassive: Bool = false) -> SpeakerPhrase? {
        let tokens = text.tokens
        let lowerBound = text.sentence(of: index).lowerBound
        var end = index - 1
        while end >= lowerBound {
            let token = tokens[end]
            guard token.isWord else { break }
            let lower = token.lower
            if SpeechVerbLexicon.auxiliaries.contains(lower) || (skippingPassive && SpeechVerbLexicon.passiveAuxiliaries.contains(lower)) {
                end -= 1
                continue
            }
            if SpeakerLexicon.temporalWords.contains(lower) || lower.allSatisfy(\.fastIsNumber) {
                var before = end - 1
                while before >= lowerBound, tokens[before].isWord,
                      SpeakerLexicon.temporalWords.contains(tokens[before].lower.trimmingCharacters(in: ".")) || tokens[before].lower.allSatisfy(\.fastIsNumber) {
                    before -= 1
                }
                if before >= lowerBound, tokens[before].isWord, SpeakerLexicon.temporalPrepositions.contains(tokens[before].lower) {
                    end = before - 1
                    continue
                }
                if ["yesterday", "today", "tonight"].contains(lower) { end -= 1; continue }
            }
            break
        }
        guard end >= lowerBound else { return nil }
        if tokens[end].isPunctuation(",") {
            // An appositive: find the comma that opens it and the name before that.
            var comma = end - 1
            while comma > lowerBound, end - comma < 16, !tokens[comma].isPunctuation(",") {
                guard tokens[comma].isWord else { return nil }
                comma -= 1
            }
            guard comma > lowerBound, tokens[comma].isPunctuation(","),
                  var phrase = SpeakerPhrase.ending(at: comma - 1, in: text, lowerBound: lowerBound) else { return nil }
            // "a WHO spokesman, Tarik Jasarevic, said": a role, then between the commas the
            // name it describes.
            if phrase.kind == .role {
                guard let named = SpeakerPhrase.namedAfter(phrase, in: text), named.head == end - 1 else { return nil }
                return named
            }
            guard phrase.kind == .person else { return nil }
            // "Tom Reyes, 45, said": an age between the commas.
            if comma + 2 == end, tokens[comma + 1].lower.allSatisfy(\.fastIsNumber) {
                phrase.tokens = phrase.tokens.lowerBound...(end - 1)
                return phrase
            }
            guard let appositive = SpeakerPhrase.appositive(after: comma - 1, in: text), appositive.upperBound == end - 1 else { return nil }
            phrase.appositive = appositive
            phrase.tokens = phrase.tokens.lowerBound...appositive.upperBound
            return phrase
        }
        return SpeakerPhrase.ending(at: end, in: text, lowerBound: lowerBound)
    }
}
