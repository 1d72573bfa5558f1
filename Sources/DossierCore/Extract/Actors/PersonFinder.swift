/// People the report names: every person mention `ReportSpeakers` resolves to a named
/// person ("President Bashar Assad", "Psaki" after "Jen Psaki", "King Abdullah II of
/// Jordan"), with the report's full name for the short forms.
enum PersonFinder {
    static func candidates(in reading: ActorReading) -> [ActorCandidate] {
        let speakers = reading.speakers
        return speakers.mentions.keys.sorted().compactMap { head in
            guard let mention = speakers.mentions[head], mention.phrase.kind == .person, let entity = mention.entity else { return nil }
            let person = speakers.entities[entity]
            guard person.kind == .person, SpeakerIdentity.isProperName(person.name) else { return nil }
            return ActorCandidate(kind: .person, name: person.name, form: person.name, tokens: mention.phrase.name, entity: entity)
        }
    }

    /// "…, Al Jazeera reports" (a name credited with a report at the end of a sentence) and
    /// "Al Hadath television" (a name before a media noun): a name the report never gives a
    /// title or role is then a news organisation's. The entities of `candidates` that are.
    static func creditedOutlets(in candidates: [ActorCandidate], reading: ActorReading) -> Set<Int> {
        let tokens = reading.tokens
        var outlets: Set<Int> = []
        for candidate in candidates {
            guard let entity = candidate.entity, reading.speakers.entities[entity].descriptors.isEmpty else { continue }
            let before = candidate.tokens.lowerBound - 1, after = candidate.tokens.upperBound + 1
            let sentence = reading.text.sentence(of: candidate.tokens.lowerBound)
            guard after < sentence.upperBound, tokens[after].isWord else { continue }
            if ActorLexicon.mediaNouns.contains(tokens[after].lower) {
                outlets.insert(entity)
                continue
            }
            guard before >= sentence.lowerBound, tokens[before].isPunctuation(","),
                  ActorLexicon.creditVerbs.contains(tokens[after].lower) else { continue }
            let rest = tokens[(after + 1)..<sentence.upperBound]
            if !rest.contains(where: \.isWord) { outlets.insert(entity) }
        }
        return outlets
    }
}
