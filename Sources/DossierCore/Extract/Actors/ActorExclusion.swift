/// What looks like an actor's name but is not one, decided by rules rather than a list of
/// names: a capitalised function word ("THE second round"), a numeral on its own (the
/// pronoun "I" reads as one), an organisation of one word that the report capitalises only
/// where it opens a sentence ("International participants") or that is a common noun
/// ("the Ministry said"), a place the report names as one ("in Geneva" makes "Geneva II" an
/// event, not an organisation, and "Washington, D.C." a city), a name that opens with a
/// generic place word ("South Sudan"), and a name whose every mention is in Title Case,
/// where each word is capitalised ("Peace Talks Resume").
enum ActorExclusion {
    static func excludes(_ candidate: ActorCandidate, in reading: ActorReading) -> Bool {
        let tokens = reading.tokens
        let words = tokens[candidate.tokens].filter { $0.isWord && !SpeakerPhrase.isDeterminer($0) }
        guard let first = words.first else { return true }
        // "THE second round" opens a sentence in capitals; "the WHO" further on is an initialism.
        if words.allSatisfy({ SpeakerLexicon.functionWords.contains($0.lowerBase) || SpeakerLexicon.neverNames.contains($0.lowerBase) }),
           !(words.count == 1 && first.isInitialism && !reading.isSentenceStart(candidate.tokens.lowerBound)) {
            return true
        }
        if words.count == 1, SpeakerPhrase.isNumeral(first.base) { return true }
        if reading.places.isPlace(candidate.name) || reading.places.isPlace(reading.name(candidate.tokens)) { return true }
        guard candidate.kind == .organisation else {
            return words.count >= 2 && ActorLexicon.placeOpeners.contains(first.lowerBase)
        }
        if words.count == 1, !first.isInitialism,
           !reading.capitalisedInside.contains(first.lowerBase) || ActorLexicon.genericOrganisationNouns.contains(first.lowerBase) {
            return true
        }
        if !first.isInitialism, reading.places.isPlace(first.base),
           !words.dropFirst().contains(where: { SpeakerLexicon.organisationWords.contains($0.lowerBase) }) {
            return true
        }
        return false
    }

    /// "D.C." in "Washington, D.C.": one word right after a place and a comma qualifies the
    /// place, unless a role follows it ("in Geneva, UN envoy Lakhdar Brahimi"). An actor is
    /// left out only when every mention of it is one (`isOnlyPlaceQualifier`).
    static func isPlaceQualifier(_ candidate: ActorCandidate, in reading: ActorReading) -> Bool {
        let tokens = reading.tokens
        let index = candidate.tokens.lowerBound
        guard candidate.tokens.count == 1 else { return false }
        let sentence = reading.text.sentence(of: index)
        if index + 1 < sentence.upperBound, SpeakerPhrase.headKind(tokens[index + 1]) != nil { return false }
        let floor = sentence.lowerBound
        guard index - 2 >= floor, tokens[index - 1].isPunctuation(","), tokens[index - 2].isWord, tokens[index - 2].isCapitalised else { return false }
        var start = index - 2
        while start - 1 >= floor, index - 2 - start < 3, SpeakerPhrase.isNameWord(tokens[start - 1]) { start -= 1 }
        return reading.places.isPlace(reading.name(start...(index - 2)))
    }

    static func isOnlyPlaceQualifier(_ candidates: [ActorCandidate], in reading: ActorReading) -> Bool {
        candidates.allSatisfy { isPlaceQualifier($0, in: reading) }
    }

    /// An actor named only in Title Case is not taken: there every word looks like a name.
    static func isOnlyInTitleCase(_ candidates: [ActorCandidate], in reading: ActorReading) -> Bool {
        candidates.allSatisfy { reading.isInTitleCase($0.tokens.lowerBound) }
    }
}
