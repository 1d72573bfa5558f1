/// A report as the actor rules read it: its words with quotations left readable (an actor
/// named inside a quotation is still named by the report), the people `ReportSpeakers`
/// resolves, the places the report names ("in Geneva"), which sentences are in Title Case,
/// and which words the report capitalises away from a sentence's start.
struct ActorReading {
    let text: AttributionText
    let speakers: ReportSpeakers
    let places: PlaceFinder
    /// Per sentence: Title Case, as headlines and teaser links are.
    let titleCase: [Bool]
    /// Lower-cased words the report writes capitalised other than as a sentence's first word,
    /// outside Title Case: "Reuters" in "reviewed by Reuters", never "International" that
    /// only opens a sentence.
    let capitalisedInside: Set<String>
    /// Per sentence: its first word token.
    private let firstWords: [Int?]

    /// Linear in the report's tokens.
    /// `text`: the report read with no quotation (`AttributionText(plain:)`).
    init(_ tokenized: TokenizedReport, text: AttributionText) {
        self.text = text
        speakers = ReportSpeakers(text: text)
        places = tokenized.places
        let tokens = text.tokens
        firstWords = text.sentences.map { sentence in sentence.first { tokens[$0].isWord } }
        // Function words and particles stay lower-case in Title Case; "al-Assad" counts as capitalised.
        titleCase = text.sentences.map { sentence in
            let words = tokens[sentence].filter { token in
                token.isWord && token.hasLetter && !SpeakerPhrase.isFunctionWord(token)
                    && !SpeakerPhrase.isParticle(token)
            }
            return words.count >= ActorLexicon.titleCaseMinimumWords && words.allSatisfy { $0.isCapitalised || SpeakerPhrase.isNameWord($0) }
        }
        var inside: Set<String> = []
        for (index, token) in tokens.enumerated() where token.isWord && token.isCapitalised {
            let sentence = token.sentence
            if !titleCase[sentence], firstWords[sentence] != index { inside.insert(token.lowerBase) }
        }
        capitalisedInside = inside
    }

    var tokens: [AttributionText.Token] { text.tokens }

    func isSentenceStart(_ index: Int) -> Bool {
        firstWords[tokens[index].sentence] == index
    }

    func isInTitleCase(_ index: Int) -> Bool {
        titleCase[tokens[index].sentence]
    }

    /// The name's place in its block, without a possessive ending ("BBC" of "BBC’s").
    func mention(_ range: ClosedRange<Int>) -> ReportActor.Mention {
        let first = tokens[range.lowerBound], last = tokens[range.upperBound]
        let trimmed = last.text.utf8.count - last.base.utf8.count
        let span = first.range.lowerBound..<(last.range.upperBound - trimmed)
        return ReportActor.Mention(block: first.block, range: span, written: text.blocks[first.block].text.slice(utf8: span))
    }

    /// The name as written without a leading article or possessive ending: "the BBC’s" → "BBC".
    func name(_ range: ClosedRange<Int>) -> String {
        mention(withoutArticle(range)).written
    }

    /// The tokens of a name without its leading article: "the BBC" → "BBC".
    func withoutArticle(_ range: ClosedRange<Int>) -> ClosedRange<Int> {
        var lower = range.lowerBound
        while lower < range.upperBound, SpeakerPhrase.isDeterminer(tokens[lower]) { lower += 1 }
        return lower...range.upperBound
    }

    /// Folded words of a name, as `ReportSpeakers` keys people.
    func foldedWords(_ range: ClosedRange<Int>) -> [String] {
        tokens[range].filter(\.isWord).map(\.foldedBase)
    }
}
