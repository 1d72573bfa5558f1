/// The speaker rules. For each quotation, in this order:
///
/// 1. a reporting clause right after it: `"…," she said`, `"…," said Valerie Amos`;
/// 2. `according to X` in its sentence;
/// 3. the nearest reporting clause before it in its sentence: `X blasted the regime's "…"`,
///    `X predicts the negotiations will be a "…"`, `X has described this as … "…"`;
/// 4. a closing clause of its sentence after a comma: `"…" had been reached, Brahimi said`;
/// 5. with none of these, it continues the previous quotation when that one is attributed
///    and ended in the same or the previous sentence, this one opens its sentence, and no
///    speech verb stands in its sentence (that would be someone the rules could not read).
///
/// A clause whose subject cannot be resolved (a pronoun with no fitting speaker before it)
/// leaves the quotation unattributed: the rules never fall through to a guess.
enum QuoteAttributor {
    struct Attribution: Equatable {
        var speaker: Speaker
        var verb: String
        var rule: Quote.Rule
    }

    /// Punctuation allowed between a quotation and the clause that attributes it.
    static let attributionGlue: Set<String> = [",", "\u{2014}", "\u{2013}", "-", ":"]

    /// Prepositions that introduce a channel after a verb: "said in a statement".
    static let channelPrepositions: Set<String> = ["in", "via", "through"]

    /// One attribution (or nil) per quotation, in order. Linear in quotations and clauses:
    /// clauses are grouped by sentence once.
    static func attribute(_ quotations: [QuotationScanner.Quotation], in text: AttributionText, speakers: ReportSpeakers) -> [Attribution?] {
        var clausesBySentence: [Int: [SpeechClause]] = [:]
        for clause in speakers.clauses { clausesBySentence[clause.sentence, default: []].append(clause) }
        let tokens = text.tokens

        var result: [Attribution?] = []
        for index in quotations.indices {
            guard let first = text.quotationTokens[index].first, let last = text.quotationTokens[index].last else {
                result.append(nil)
                continue
            }
            let firstSentence = tokens[first].sentence, lastSentence = tokens[last].sentence
            let before = clausesBySentence[firstSentence] ?? []
            let after = clausesBySentence[lastSentence] ?? []

            var match: (clause: SpeechClause, rule: Quote.Rule)?
            var next = last + 1
            while next < tokens.count, tokens[next].sentence == lastSentence, tokens[next].isPunctuation(attributionGlue) { next += 1 }
            if let clause = after.first(where: { $0.extent.lowerBound == next && !$0.isSourcePhrase && !$0.isParticiple }) {
                match = (clause, .attributionAfter)
            } else if let clause = (before + after).filter(\.isSourcePhrase).min(by: { distance($0, first, last) < distance($1, first, last) }) {
                match = (clause, .accordingTo)
            } else if let clause = before.filter({ !$0.isSourcePhrase && $0.verb.upperBound < first && !isBroken(from: $0.verb.upperBound, to: first, in: text) })
                .max(by: { $0.verb.upperBound < $1.verb.upperBound }) {
                match = (clause, .framedBefore)
            } else if let clause = after.first(where: { clause in
                !clause.isSourcePhrase && clause.extent.lowerBound > last && tokens[clause.extent.lowerBound - 1].isPunctuation(",")
                    && !tokens[(last + 1)..<clause.extent.lowerBound].contains { SpeechClause.isQuotation($0) }
            }) {
                match = (clause, .closingClause)
            }
            if let match {
                result.append(attribution(match.clause, rule: match.rule, in: text, speakers: speakers))
                continue
            }

            // Continuation of the previous quotation.
            guard index > 0, let previous = result[index - 1], let previousLast = text.quotationTokens[index - 1].last else {
                result.append(nil)
                continue
            }
            let previousSentence = tokens[previousLast].sentence
            let opensSentence = first == text.sentences[firstSentence].lowerBound
            let sameSection = text.blocks[tokens[first].block].role == text.blocks[tokens[previousLast].block].role
            if sameSection, before.isEmpty, !hasSpeechVerb(text.sentences[firstSentence], in: text),
               firstSentence == previousSentence || (firstSentence == previousSentence + 1 && opensSentence) {
                result.append(Attribution(speaker: previous.speaker, verb: previous.verb, rule: .continuation))
            } else {
                result.append(nil)
            }
        }
        return result
    }

    /// A speech verb in the sentence that no rule could read (`"…," a WHO spokesman, Tarik
    /// Jasarevic, said` with "WHO" read as the pronoun): someone else speaks there, so the
    /// quotation is left unattributed rather than handed to the previous speaker.
    static func hasSpeechVerb(_ sentence: Range<Int>, in text: AttributionText) -> Bool {
        text.tokens[sentence].contains { $0.isWord && $0.speechVerb != nil }
    }

    /// Tokens between a clause and a quotation (for choosing the nearest "according to").
    static func distance(_ clause: SpeechClause, _ first: Int, _ last: Int) -> Int {
        clause.extent.upperBound < first ? first - clause.extent.upperBound : clause.extent.lowerBound - last
    }

    /// A semicolon, or a "but" after a comma, between a verb and a quotation starts a new
    /// clause the verb does not govern.
    static func isBroken(from verb: Int, to quotation: Int, in text: AttributionText) -> Bool {
        guard verb + 1 < quotation else { return false }
        let between = text.tokens[(verb + 1)..<quotation]
        if between.contains(where: { $0.isPunctuation(";") }) { return true }
        var previous: AttributionText.Token?
        for token in between {
            if token.isWord, ["but", "while", "whereas"].contains(token.lower), previous?.isPunctuation(",") == true { return true }
            previous = token
        }
        return false
    }

    static func attribution(_ clause: SpeechClause, rule: Quote.Rule, in text: AttributionText, speakers: ReportSpeakers) -> Attribution? {
        guard let mention = speakers.mentions[clause.subject.head], let entity = mention.entity else { return nil }
        var speaker = speakers.speaker(entity, writtenAs: text.text(clause.subject.name))
        if speaker.channel == nil {
            speaker.channel = channel(after: clause, in: text, speakers: speakers)
        }
        if speaker.channel == nil, clause.mode == .written {
            speaker.channel = speakers.documentChannel(inSentenceOf: mention.antecedent ?? clause.subject.head)
        }
        return Attribution(speaker: speaker, verb: text.text(clause.verb), rule: rule)
    }

    /// "said in a statement", "wrote in the letter": the document after the verb.
    static func channel(after clause: SpeechClause, in text: AttributionText, speakers: ReportSpeakers) -> String? {
        let tokens = text.tokens
        let sentenceEnd = text.sentence(of: clause.verb.upperBound).upperBound
        for start in Set([clause.verb.upperBound + 1, clause.extent.upperBound + 1]).sorted() where start < sentenceEnd {
            guard tokens[start].isWord, channelPrepositions.contains(tokens[start].lower) else { continue }
            for head in (start + 1)..<min(start + 6, sentenceEnd) {
                if let mention = speakers.mentions[head], mention.phrase.tokens.lowerBound == start + 1,
                   let entity = mention.entity, speakers.entities[entity].kind == .document {
                    return speakers.entities[entity].channel
                }
            }
        }
        return nil
    }
}
