/// A lexicon of multi-word phrases ("as many as", "death toll", "cease fire") looked up
/// against tokens. Phrases are indexed by their first and by their last word, so a lookup
/// costs the handful of phrases sharing that word, never a scan of the lexicon. Hyphens
/// between words are skipped, so "cease fire" also matches "cease-fire".
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var words: [String]
        var value: Value
    }

    /// A phrase found in a token array: `tokens` is the half-open range of token indices it covers.
    struct Match: Sendable {
        var tokens: Range<Int>
        var value: Value
    }

    private var byFirst: [String: [Entry]] = [:]
    private var byLast: [String: [Entry]] = [:]
    /// The first words' gate: every token of a block is asked `startsPhrase`.
    private let firstWordGate: WordGate

    /// Phrases written as plain lower-case text, words separated by spaces.
    init(_ entries: [(String, Value)]) {
        for (phrase, value) in entries {
            let words = phrase.split(separator: " ").map(String.init)
            guard let first = words.first, let last = words.last else { continue }
            let entry = Entry(words: words, value: value)
            byFirst[first, default: []].append(entry)
            byLast[last, default: []].append(entry)
        }
        firstWordGate = WordGate(byFirst.keys)
        // Longest first, so a lookup returns the longest phrase that fits.
        for key in byFirst.keys { byFirst[key]!.sort { $0.words.count > $1.words.count } }
        for key in byLast.keys { byLast[key]!.sort { $0.words.count > $1.words.count } }
    }

    /// The longest phrase that starts at token `index`.
    func match(in tokens: [TextToken], at index: Int) -> Match? {
        guard index >= 0, index < tokens.count, tokens[index].isWord, let candidates = byFirst[tokens[index].key] else { return nil }
        for entry in candidates {
            if let end = Self.matchForward(entry.words, in: tokens, from: index) {
                return Match(tokens: index..<end, value: entry.value)
            }
        }
        return nil
    }

    /// The longest phrase whose last word is the token just before `end`.
    func match(in tokens: [TextToken], endingBefore end: Int) -> Match? {
        let last = end - 1
        guard last >= 0, last < tokens.count, tokens[last].isWord, let candidates = byLast[tokens[last].key] else { return nil }
        for entry in candidates {
            if let start = Self.matchBackward(entry.words, in: tokens, endingAt: last) {
                return Match(tokens: start..<end, value: entry.value)
            }
        }
        return nil
    }

    /// True when the token's word is the first word of some phrase (cheap pre-check).
    func startsPhrase(_ token: TextToken) -> Bool { token.isWord && firstWordGate.mayContain(token.key) && byFirst[token.key] != nil }

    private static func matchForward(_ words: [String], in tokens: [TextToken], from start: Int) -> Int? {
        var index = start
        for (position, word) in words.enumerated() {
            if position > 0, index < tokens.count, tokens[index].kind == .hyphen { index += 1 }
            guard index < tokens.count, tokens[index].isWord, tokens[index].key == word else { return nil }
            index += 1
        }
        return index
    }

    private static func matchBackward(_ words: [String], in tokens: [TextToken], endingAt last: Int) -> Int? {
        var index = last
        for (position, word) in words.reversed().enumerated() {
            if position > 0, index >= 0, tokens[index].kind == .hyphen { index -= 1 }
            guard index >= 0, tokens[index].isWord, tokens[index].key == word else { return nil }
            index -= 1
        }
        return index + 1
    }
}
