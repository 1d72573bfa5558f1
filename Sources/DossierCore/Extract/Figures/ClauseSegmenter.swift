/// Numbers each token with its sentence and its clause, so the figure rules can ask "is this
/// cue in the number's own clause?" with one comparison. One pass over the tokens.
struct ClauseSegmenter {
    /// Sentence of each token (index into `SentenceSplitter.split`).
    private(set) var sentence: [Int]
    /// Clause of each token, numbered across the whole block.
    private(set) var clause: [Int]

    /// `protected`: tokens inside numbers and hedges, whose words ("as many as",
    /// "two hundred and five") never start a clause.
    /// `sentences`: the block's, from `SentenceSplitter`.
    init(tokens: [TextToken], sentences: [Range<Int>], protected: [Range<Int>]) {
        var isProtected = [Bool](repeating: false, count: tokens.count)
        for range in protected {
            for index in range where index < tokens.count { isProtected[index] = true }
        }
        sentence = []
        clause = []
        sentence.reserveCapacity(tokens.count)
        clause.reserveCapacity(tokens.count)
        var currentSentence = 0
        var currentClause = 0
        for (index, token) in tokens.enumerated() {
            var newSentence = false
            while currentSentence + 1 < sentences.count, token.range.lowerBound >= sentences[currentSentence + 1].lowerBound {
                currentSentence += 1
                newSentence = true
            }
            if newSentence || (!isProtected[index] && Self.opensClause(token)) {
                if index > 0 { currentClause += 1 }
            }
            sentence.append(currentSentence)
            clause.append(currentClause)
        }
    }

    static func opensClause(_ token: TextToken) -> Bool {
        switch token.kind {
        case .word: return ClauseLexicon.conjunctions.contains(token.key)
        case .mark: return ClauseLexicon.marks.contains(token.text) || (token.text == ClauseLexicon.spacedDash && token.spaceBefore)
        default: return false
        }
    }
}
