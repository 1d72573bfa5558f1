/// An actor the rest of the report names, found again in its Title Case sentences (the
/// headline, a teaser link): "Kerry" in "Kerry Privately Calls for Stronger Syria Policy"
/// once the body has named John Kerry. In Title Case the rules cannot tell where a name
/// ends ("Ana Lima Faces Recall Vote"), so names are matched word for word instead.
enum TitleCaseMentions {
    /// For each group (the report's actors, as mentions), the mentions of it in Title Case
    /// sentences that no rule found. A word sequence naming two actors names neither.
    /// Linear in the tokens of Title Case sentences times the longest name.
    static func candidates(for groups: [[ActorCandidate]], in reading: ActorReading) -> [(group: Int, candidate: ActorCandidate)] {
        var lookup: [[String]: Int] = [:]
        var ambiguous: Set<[String]> = []
        func register(_ words: [String], _ group: Int) {
            guard !words.isEmpty, !ambiguous.contains(words) else { return }
            if let known = lookup[words], known != group {
                lookup[words] = nil
                ambiguous.insert(words)
            } else {
                lookup[words] = group
            }
        }
        for (index, group) in groups.enumerated() {
            for candidate in group {
                register(SpeakerIdentity.nameWords(candidate.name), index)
                register(SpeakerIdentity.nameWords(candidate.form), index)
                if candidate.kind == .person {
                    for surname in SpeakerIdentity.surnames(SpeakerIdentity.personWords(candidate.name)) { register([surname], index) }
                }
            }
        }
        let longest = lookup.keys.map(\.count).max() ?? 0
        let tokens = reading.tokens
        var found: [(group: Int, candidate: ActorCandidate)] = []
        for (number, sentence) in reading.text.sentences.enumerated() where reading.titleCase[number] {
            var start = sentence.lowerBound
            while start < sentence.upperBound {
                var match: (end: Int, group: Int)?
                var words: [String] = []
                var end = start
                while end < sentence.upperBound, end - start < longest, tokens[end].isWord, let word = SpeakerIdentity.fold(tokens[end].text) {
                    words.append(word)
                    if let group = lookup[words] { match = (end, group) }
                    end += 1
                }
                guard let (last, group) = match else {
                    start += 1
                    continue
                }
                let first = groups[group][0]
                let written = reading.name(start...last)
                found.append((group, ActorCandidate(kind: first.kind, name: first.name, form: first.kind == .person ? first.form : written,
                                                    tokens: start...last, entity: first.entity)))
                start = last + 1
            }
        }
        return found
    }
}
