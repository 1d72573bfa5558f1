/// Organisations the report names by their shape: initialisms ("U.N.", "BBC"), capitalised
/// runs ending in an organisation word ("the State Department", "Syrian Red Crescent",
/// "the United Nations"), a title-bound name holding one ("the Ministry of Defence"), and
/// owners in the possessive ("the BBC’s Lyse Doucet", "the State Department’s Psaki"),
/// wherever they stand: inside a person's descriptor too ("U.N. envoy Lakhdar Brahimi").
enum OrganisationFinder {
    /// Linear: each token is looked at once, with a bounded look back for the name.
    static func candidates(in reading: ActorReading) -> [ActorCandidate] {
        let tokens = reading.tokens
        var found: [ActorCandidate] = []
        for index in tokens.indices where tokens[index].isWord {
            let sentence = reading.text.sentence(of: index)
            let phrase: ClosedRange<Int>?
            if tokens[index].isPossessive {
                phrase = owner(endingAt: index, in: reading, floor: sentence.lowerBound)
            } else if isNameEnd(index, in: reading, sentenceEnd: sentence.upperBound),
                      let parsed = SpeakerPhrase.ending(at: index, in: reading.text, lowerBound: sentence.lowerBound),
                      parsed.kind == .organisation, tokens[parsed.name].contains(where: SpeakerPhrase.isOrganisationWord) {
                phrase = parsed.name
            } else {
                phrase = nil
            }
            guard let phrase else { continue }
            let name = reading.withoutArticle(phrase)
            let written = reading.name(name)
            found.append(ActorCandidate(kind: .organisation, name: written, form: written, tokens: name, entity: nil))
        }
        return found
    }

    /// The last word of a capitalised run: the next word cannot continue the name.
    static func isNameEnd(_ index: Int, in reading: ActorReading, sentenceEnd: Int) -> Bool {
        let tokens = reading.tokens
        let token = tokens[index]
        guard SpeakerPhrase.isNameWord(token) || SpeakerPhrase.isOrganisationWord(token) else { return false }
        guard index + 1 < sentenceEnd else { return true }
        let next = tokens[index + 1]
        return !(SpeakerPhrase.isNameWord(next) || SpeakerPhrase.isOrganisationWord(next) || SpeakerPhrase.isParticle(next))
    }

    /// "BBC’s", "the State Department’s": an owner that is an initialism or ends in an
    /// organisation word, with the capitalised words before it.
    static func owner(endingAt index: Int, in reading: ActorReading, floor: Int) -> ClosedRange<Int>? {
        let tokens = reading.tokens
        let owner = tokens[index]
        guard owner.isCapitalised, owner.isInitialism || SpeakerLexicon.organisationWords.contains(owner.lowerBase) else { return nil }
        var start = index
        while start - 1 >= floor, index - start < 5, !tokens[start - 1].isPossessive,
              SpeakerPhrase.isNameWord(tokens[start - 1]) || SpeakerPhrase.isOrganisationWord(tokens[start - 1]) {
            start -= 1
        }
        return start...index
    }
}
