/// National and party institutions named by a capitalised word before a lower-case
/// institution noun (`ActorLexicon.institutionHeads`): "the Syrian government", "the
/// Syrian regime’s", "the Syrian army", "the moderate Syrian opposition". The capitalised
/// words may be a person's name instead: "the Assad regime" and "the Bashar al-Assad
/// government" name Assad, not an organisation called Assad.
enum InstitutionFinder {
    /// Every lower-case word is asked whether it is an institution noun: most pass no gate.
    static let headGate = WordGate(ActorLexicon.institutionHeads.keys)

    /// Linear: one look back of at most four words from each institution noun.
    static func candidates(in reading: ActorReading) -> [ActorCandidate] {
        let tokens = reading.tokens
        var found: [ActorCandidate] = []
        for index in tokens.indices {
            let head = tokens[index]
            guard head.isWord, !head.isCapitalised, Self.headGate.mayContain(head.lowerBase),
                  let canonical = ActorLexicon.institutionHeads[head.lowerBase] else { continue }
            let floor = reading.text.sentence(of: index).lowerBound
            guard index - 1 >= floor, SpeakerPhrase.isNameWord(tokens[index - 1]) else { continue }
            var start = index - 1
            while start - 1 >= floor, index - start < 4,
                  SpeakerPhrase.isNameWord(tokens[start - 1]) || SpeakerPhrase.isParticle(tokens[start - 1]) {
                start -= 1
            }
            while start < index - 1, SpeakerPhrase.isParticle(tokens[start]) { start += 1 }
            let modifier = start...(index - 1)
            if let person = person(modifier, in: reading) {
                found.append(person)
                continue
            }
            // "Interim government" opening a sentence is not a name; "Syrian government" is,
            // because "Syrian" has a nationality's ending or the report capitalises it elsewhere.
            if modifier.count == 1, reading.isSentenceStart(start), !reading.capitalisedInside.contains(tokens[start].lowerBase),
               !PlaceFinder.isDemonym(tokens[start].base) {
                continue
            }
            let written = reading.name(modifier)
            found.append(ActorCandidate(kind: .organisation, name: written + " " + canonical,
                                        form: written + " " + head.lowerBase, tokens: start...index, entity: nil))
        }
        return found
    }

    /// The modifier as a person: a name the report resolves to someone ("Assad"), or two
    /// name words or more joined by a particle ("Bashar al-Assad").
    static func person(_ modifier: ClosedRange<Int>, in reading: ActorReading) -> ActorCandidate? {
        let tokens = reading.tokens
        let name = reading.name(modifier)
        if let entity = reading.speakers.person(named: reading.foldedWords(modifier)) {
            let full = reading.speakers.entities[entity].name
            return ActorCandidate(kind: .person, name: full, form: full, tokens: modifier, entity: entity)
        }
        let words = tokens[modifier].filter { SpeakerPhrase.isNameWord($0) }
        let hasParticle = tokens[modifier].contains { SpeakerPhrase.isParticle($0) || ($0.text.first?.fastIsLowercase ?? false) }
        guard words.count >= 2, hasParticle else { return nil }
        return ActorCandidate(kind: .person, name: name, form: name, tokens: modifier, entity: nil)
    }
}
