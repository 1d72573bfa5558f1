/// An organisation's name followed by an initialism in parentheses defines the initialism:
/// "the Intergovernmental Authority on Development (IGAD)", "the Syrian Observatory for
/// Human Rights (SOHR)". The name is one mention of the organisation (even where the other
/// rules cut it short), and the report's other "IGAD"s are that organisation too, even when
/// the letters are not the name's initials.
enum InitialismDefinitions {
    /// A defined initialism: the tokens of the name before it and its folded letters.
    struct Definition {
        var name: ClosedRange<Int>
        var initialism: String
    }

    /// Every "Name (ABC)" of the report. The name is capitalised words joined by
    /// `ActorLexicon.nameConnectors`; it starts with the initialism's first letter and holds
    /// its letters in order, so "said Lakhdar Brahimi (UN)" defines nothing. Linear.
    static func definitions(in reading: ActorReading) -> [Definition] {
        let tokens = reading.tokens
        var found: [Definition] = []
        for open in tokens.indices where tokens[open].isPunctuation("(") {
            guard open + 2 < tokens.count, tokens[open + 1].isWord, tokens[open + 1].isInitialism,
                  tokens[open + 2].isPunctuation(")"), open >= 1, let letters = SpeakerIdentity.fold(tokens[open + 1].text) else { continue }
            let floor = reading.text.sentence(of: open).lowerBound
            var first = open - 1
            guard first >= floor, isCapitalisedWord(tokens[first]) else { continue }
            while first - 1 >= floor, open - first < 10 {
                let previous = tokens[first - 1]
                if isCapitalisedWord(previous) {
                    first -= 1
                } else if previous.isWord, ActorLexicon.nameConnectors.contains(previous.lower), first - 2 >= floor,
                          isCapitalisedWord(tokens[first - 2]) {
                    first -= 2
                } else {
                    break
                }
            }
            let name = first...(open - 1)
            let capitalised = tokens[name].filter(isCapitalisedWord)
            let spelled = tokens[name].map { SpeakerIdentity.fold($0.text) ?? "" }.joined()
            guard capitalised.count >= 2, spelled.first == letters.first, isSubsequence(letters, of: spelled) else { continue }
            found.append(Definition(name: name, initialism: letters))
        }
        return found
    }

    /// The candidates with each definition's name as one organisation mention (replacing the
    /// pieces other rules found inside it) and each defined initialism named after it.
    static func applied(to candidates: [ActorCandidate], reading: ActorReading) -> [ActorCandidate] {
        let definitions = definitions(in: reading)
        guard !definitions.isEmpty else { return candidates }
        var expansions: [String: String] = [:]
        var definedAt: [Int: ClosedRange<Int>] = [:]
        var added: [ActorCandidate] = []
        for definition in definitions {
            let name = reading.name(definition.name)
            if expansions[definition.initialism] == nil { expansions[definition.initialism] = name }
            for token in definition.name { definedAt[token] = definition.name }
            added.append(ActorCandidate(kind: .organisation, name: name, form: name, tokens: reading.withoutArticle(definition.name), entity: nil))
        }
        var kept = candidates.filter { candidate in
            !(definedAt[candidate.tokens.lowerBound]?.contains(candidate.tokens.upperBound) ?? false)
        } + added
        kept.sort { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) }
        return kept.map { candidate in
            guard candidate.kind == .organisation, SpeakerIdentity.isInitialism(candidate.name),
                  let key = SpeakerIdentity.fold(candidate.name), let expansion = expansions[key] else { return candidate }
            var renamed = candidate
            renamed.name = expansion
            return renamed
        }
    }

    static func isCapitalisedWord(_ token: AttributionText.Token) -> Bool {
        token.isWord && token.isCapitalised && !token.isInitialism && !SpeakerPhrase.isFunctionWord(token)
    }

    /// The letters of `short` appear in `long` in the same order.
    static func isSubsequence(_ short: String, of long: String) -> Bool {
        var remaining = short[...]
        for character in long where character == remaining.first {
            remaining = remaining.dropFirst()
            if remaining.isEmpty { return true }
        }
        return remaining.isEmpty
    }
}
