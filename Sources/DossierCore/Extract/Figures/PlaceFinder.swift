/// Finds the place a figure concerns, from the positions English gives places near a
/// number, in this order:
/// 1. a name modifying the people counted: "600 Homs residents";
/// 2. the object of the figure's cue: "escape Homs", "evacuated from the besieged city of Homs";
/// 3. a place phrase after the counted people: "people across Syria", "refugees are now in Chad";
/// 4. a host before the number: "Jordan, home to almost 600,000 refugees";
/// 5. the subject of the clause, when it is a place: "The city has been under siege…".
/// "the city" refers back to the latest place the report introduced as a city ("the besieged
/// city of Homs"). A capitalized name counts as a place only in one of these positions, or as
/// a subject when the report names it as a place elsewhere ("in Homs"), so no gazetteer is
/// needed and places the lexicon has never seen are found.
struct PlaceFinder {
    /// A token position in the report: block, then token.
    struct Position: Comparable, Hashable {
        var block: Int
        var token: Int
        static func < (a: Position, b: Position) -> Bool { (a.block, a.token) < (b.block, b.token) }
    }

    /// A place introduced with a settlement noun, e.g. "city" for "the city of Homs".
    struct Introduction {
        var position: Position
        var noun: String
        var name: String
    }

    /// Introductions in reading order.
    private var introductions: [Introduction] = []
    /// Lower-cased names the report uses as places ("in Geneva", "the city of Homs").
    private var known: Set<String> = []

    /// One pass over the report's tokens: linear.
    init(blocks: [[TextToken]]) {
        for (block, tokens) in blocks.enumerated() {
            var index = 0
            while index < tokens.count {
                if Self.mayOpenSettlementPhrase(at: index, in: tokens), let phrase = Self.settlementPhrase(at: index, in: tokens),
                   let name = phrase.name {
                    introductions.append(Introduction(position: Position(block: block, token: index), noun: phrase.noun, name: name))
                    known.insert(name.lowercased())
                    index = phrase.end
                    continue
                }
                if tokens[index].isWord, PlaceLexicon.isLocative(tokens[index].key),
                   let name = Self.name(at: index + 1, in: tokens) {
                    known.insert(name.name.lowercased())
                    index = name.end
                    continue
                }
                index += 1
            }
        }
    }

    /// True when the report uses `name` as a place somewhere ("in Geneva", "the city of
    /// Homs"): the actor rules use it to keep places out of the actors.
    func isPlace(_ name: String) -> Bool {
        known.contains(name.lowercased())
    }

    /// What the extractor knows of a figure's surroundings.
    struct Context {
        var block: Int
        /// First token of the figure, hedge included.
        var start: Int
        /// Token after the number (and its compound).
        var numberEnd: Int
        /// Token after the counted noun ("people", "residents") or unit, if any.
        var phraseEnd: Int
        /// The cue that gave the figure its quantity.
        var cue: Range<Int>?
        /// First token of the figure's clause.
        var clauseStart: Int
        /// What the figure measures: decides which prepositions give its place.
        var quantity: Quantity
    }

    func place(for context: Context, in tokens: [TextToken]) -> String? {
        // 1. "600 Homs residents"
        if let name = Self.name(at: context.numberEnd, in: tokens), name.end < tokens.count,
           tokens[name.end].isWord, UnitLexicon.residents.contains(tokens[name.end].key), !Self.isDemonym(name.name) {
            return name.name
        }
        // 2. the cue's object
        let wrong = PlaceLexicon.wrongPrepositions[context.quantity] ?? []
        if let cue = context.cue, let place = placeAfter(cue.upperBound, in: tokens, block: context.block, allowBare: true, excluding: wrong) {
            return place
        }
        // 3. "people across Syria", "refugees are now in Chad"
        var after = context.phraseEnd
        while after < tokens.count, after - context.phraseEnd < 2, tokens[after].isWord, PlaceLexicon.linkingWords.contains(tokens[after].key) {
            after += 1
        }
        if let place = placeAfter(after, in: tokens, block: context.block, allowBare: false, excluding: wrong) {
            return place
        }
        // 4. "Jordan, home to 600,000 refugees"
        if let host = PlaceLexicon.hostTable.match(in: tokens, endingBefore: context.start) {
            var end = host.tokens.lowerBound
            if end > 0, tokens[end - 1].text == "," { end -= 1 }
            if let name = Self.name(endingBefore: end, in: tokens), !Self.isDemonym(name) { return name }
        }
        // 5. "The city has been under siege"
        var subject = context.clauseStart
        if subject < tokens.count, tokens[subject].isWord, ClauseLexicon.conjunctions.contains(tokens[subject].key) { subject += 1 }
        if subject < context.start {
            var place: String?
            var end = subject
            if let phrase = Self.settlementPhrase(at: subject, in: tokens) {
                place = phrase.name ?? resolve(phrase.noun, before: Position(block: context.block, token: subject))
                end = phrase.end
            } else if let name = Self.name(at: subject, in: tokens), known.contains(name.name.lowercased()) {
                place = name.name
                end = name.end
            }
            if let place, end < tokens.count, tokens[end].isWord, PlaceLexicon.auxiliaries.contains(tokens[end].key) {
                return place
            }
        }
        return nil
    }

    /// A place right at `index`, after an optional preposition: a name, a settlement phrase
    /// with its name, or "the city" resolved to the latest city introduced. `allowBare`
    /// accepts a name with no preposition (the object of "escape", "fled", "besieged");
    /// a preposition in `excluding` gives no place.
    func placeAfter(_ index: Int, in tokens: [TextToken], block: Int, allowBare: Bool, excluding: Set<String> = []) -> String? {
        var cursor = index
        if let preposition = PlaceLexicon.prepositionTable.match(in: tokens, at: cursor) {
            let words = tokens[preposition.tokens].filter(\.isWord).map(\.key).joined(separator: " ")
            guard !excluding.contains(words) else { return nil }
            cursor = preposition.tokens.upperBound
        } else if !allowBare {
            return nil
        }
        if let phrase = Self.settlementPhrase(at: cursor, in: tokens) {
            return phrase.name ?? resolve(phrase.noun, before: Position(block: block, token: cursor))
        }
        guard let name = Self.name(at: cursor, in: tokens), !Self.isDemonym(name.name) else { return nil }
        return name.name
    }

    /// The latest place introduced with `noun` before `position`. Introductions are in
    /// reading order, so a binary search finds the candidates.
    func resolve(_ noun: String, before position: Position) -> String? {
        var low = 0, high = introductions.count
        while low < high {
            let middle = (low + high) / 2
            if introductions[middle].position < position { low = middle + 1 } else { high = middle }
        }
        // Walk back to the latest of the same kind; bounded so a report with thousands of
        // introductions of other kinds stays cheap.
        var index = low - 1
        var steps = 0
        while index >= 0, steps < 64 {
            if introductions[index].noun == noun { return introductions[index].name }
            index -= 1
            steps += 1
        }
        return nil
    }

    // MARK: Phrases

    /// "the besieged city of Homs" (noun "city", name "Homs"), "the city" (no name),
    /// "Homs city" (name first).
    /// False where `settlementPhrase` must find nothing: asked of every token, it spares the
    /// name reading of each capitalised word that no settlement noun follows. A phrase opens
    /// with "the", "this" or "that", or is a name of at most five tokens whose last is
    /// capitalised and followed by the noun.
    static func mayOpenSettlementPhrase(at index: Int, in tokens: [TextToken]) -> Bool {
        guard index < tokens.count, tokens[index].isWord else { return false }
        if PlaceLexicon.settlementDeterminers.contains(tokens[index].key) { return true }
        guard tokens[index].isCapitalized else { return false }
        for noun in (index + 1)..<min(index + 6, tokens.count) where tokens[noun - 1].isCapitalized {
            let token = tokens[noun]
            if token.isWord, !token.isCapitalized, PlaceLexicon.isSettlementNoun(token.key) { return true }
        }
        return false
    }

    static func settlementPhrase(at index: Int, in tokens: [TextToken]) -> (noun: String, name: String?, end: Int)? {
        guard index < tokens.count, tokens[index].isWord else { return nil }
        if PlaceLexicon.settlementDeterminers.contains(tokens[index].key) {
            var cursor = index + 1
            var adjectives = 0
            while cursor < tokens.count, tokens[cursor].isWord, !tokens[cursor].isCapitalized,
                  !PlaceLexicon.isSettlementNoun(tokens[cursor].key), adjectives < 2 {
                cursor += 1
                adjectives += 1
            }
            guard cursor < tokens.count, tokens[cursor].isWord, !tokens[cursor].isCapitalized,
                  PlaceLexicon.isSettlementNoun(tokens[cursor].key) else { return nil }
            let noun = tokens[cursor].key
            if cursor + 1 < tokens.count, tokens[cursor + 1].key == "of", let name = name(at: cursor + 2, in: tokens), !isDemonym(name.name) {
                return (noun, name.name, name.end)
            }
            return (noun, nil, cursor + 1)
        }
        if let name = name(at: index, in: tokens), name.end < tokens.count, tokens[name.end].isWord,
           !tokens[name.end].isCapitalized, PlaceLexicon.isSettlementNoun(tokens[name.end].key), !isDemonym(name.name) {
            return (tokens[name.end].key, name.name, name.end + 1)
        }
        return nil
    }

    /// The longest run of capitalized words at `index` that can be a name (at most five
    /// tokens), with hyphenated particles inside ("Deir ez-Zor").
    static func name(at index: Int, in tokens: [TextToken]) -> (name: String, end: Int)? {
        var cursor = index
        var text = ""
        var lastNameEnd = index
        var lastNameText = ""
        while cursor < tokens.count, cursor - index < 5 {
            let token = tokens[cursor]
            if token.isCapitalized, !PlaceLexicon.notPlaces.contains(token.key) {
                text += (text.isEmpty || !token.spaceBefore ? "" : " ") + token.text
                lastNameEnd = cursor + 1
                lastNameText = text
            } else if token.kind == .hyphen, !text.isEmpty {
                text += token.text
            } else if token.isWord, !text.isEmpty, PlaceLexicon.particles.contains(token.key),
                      cursor + 1 < tokens.count, tokens[cursor + 1].kind == .hyphen {
                text += " " + token.text
            } else {
                break
            }
            cursor += 1
        }
        return lastNameEnd > index ? (lastNameText, lastNameEnd) : nil
    }

    /// The capitalized name whose last token is just before `end`.
    static func name(endingBefore end: Int, in tokens: [TextToken]) -> String? {
        var start = end
        while start > 0, end - start < 5 {
            let token = tokens[start - 1]
            guard (token.isCapitalized && !PlaceLexicon.notPlaces.contains(token.key)) || token.kind == .hyphen else { break }
            start -= 1
        }
        while start < end, !tokens[start].isCapitalized { start += 1 }
        guard start < end, let found = name(at: start, in: tokens), found.end == end else { return nil }
        return found.name
    }

    /// "Syrian", "Lebanese", "Syrians": a nationality, not a place.
    static func isDemonym(_ name: String) -> Bool {
        guard !name.containsASCII(" ") else { return false }
        var key = name.lowercased()
        if key.hasSuffix("s") { key.removeLast() }
        return UnitLexicon.demonymSuffixes.contains { key.hasSuffix($0) }
    }
}
