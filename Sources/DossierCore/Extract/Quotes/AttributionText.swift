/// A report as the attribution rules read it: words and punctuation in reading order, each
/// with its sentence number, and every quotation reduced to one opaque token per paragraph
/// so that no rule ever reads a speaker or a verb inside quoted words.
struct AttributionText {
    struct Token {
        enum Kind: Equatable {
            case word, punctuation
            /// Index of the quotation (in scanner order) this token stands for.
            case quotation(Int)
        }

        let kind: Kind
        /// What the text says of the token, shared by every token of a report with that text.
        let word: Word
        var block: Int
        /// UTF-8 offsets into the block's text.
        var range: Range<Int>
        /// Sentence number, counted across the whole report (headline first).
        var sentence: Int

        init(kind: Kind, word: Word, block: Int, range: Range<Int>, sentence: Int) {
            self.kind = kind
            self.word = word
            self.block = block
            self.range = range
            self.sentence = sentence
        }

        /// The word as written ("U.N.", "BBC’s", "al-Assad"); empty for a quotation.
        var text: String { word.text }
        var lower: String { word.lower }
        /// "BBC’s" and "rebels’": a possessive, whose owner is `base`.
        var isPossessive: Bool { word.isPossessive }
        /// The word without a possessive ending.
        var base: String { word.base }
        var lowerBase: String { word.lowerBase }
        var isCapitalised: Bool { word.isCapitalised }
        var hasLetter: Bool { word.hasLetter }
        /// "U.N.", "U.S.", "BBC", "UN": letters with stops between, or 2–6 capitals.
        var isInitialism: Bool { word.isInitialism }
        var speechVerb: SpeechVerbLexicon.Verb? { word.speechVerb }
        var folded: String { word.folded }
        var foldedBase: String { word.foldedBase }
        /// The speaker rules' word classes (`SpeakerPhrase.isNameWord` and kin).
        var classes: WordClasses { word.classes }

        struct WordClasses {
            var isNameWord = false
            var isOrganisationWord = false
            var headKind: (kind: SpeakerPhrase.Kind, plural: Bool)?
        }

        var isWord: Bool { kind == .word }

        /// The initialism test on a word as written, without a possessive ending.
        static func isInitialism(_ word: String) -> Bool {
            // ASCII words, the common case, on bytes: "U.N", "U.S.", "BBC".
            let bytes = word.utf8
            if word.isASCII {
                if bytes.contains(0x2E) {
                    var letters = 0
                    var run = 0
                    for byte in bytes {
                        if byte == 0x2E {
                            if run > 1 { return false }
                            run = 0
                        } else if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) {
                            run += 1
                            letters += 1
                        } else {
                            return false
                        }
                    }
                    return run <= 1 && letters >= 2
                }
                return bytes.count >= 2 && bytes.count <= 6 && bytes.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
            }
            if word.containsASCII(".") {
                let parts = word.split(separator: ".", omittingEmptySubsequences: true)
                return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.first!.fastIsLetter }
            }
            let letters = word.filter(\.fastIsLetter)
            return letters.count >= 2 && letters.count <= 6 && letters.count == word.count && word.allSatisfy(\.fastIsUppercase)
        }

        /// True for a punctuation token spelling one of `marks`.
        func isPunctuation(_ marks: Set<String>) -> Bool {
            kind == .punctuation && marks.contains(text)
        }

        /// True for a punctuation token spelling `mark`: asked of every token in some rules,
        /// where a one-element set literal would be built at each call.
        func isPunctuation(_ mark: String) -> Bool {
            kind == .punctuation && text == mark
        }
    }

    let blocks: [TextBlock]
    let tokens: [Token]
    /// For each quotation (scanner order), the index of its token in each paragraph it covers.
    let quotationTokens: [[Int]]
    /// Token index range of each sentence.
    let sentences: [Range<Int>]

    /// A quotation's part in one block, as the token reading sees it.
    typealias Span = (quotation: Int, range: Range<Int>)

    /// `scans` and `sentences`: each block's, from `ScanText` and `SentenceSplitter`.
    /// `words`: the report's word table, shared with its other attribution text.
    init(blocks: [TextBlock], scans: [ScanText], sentences blockSentences: [[Range<Int>]], quotations: [QuotationScanner.Quotation],
         words: WordTable = WordTable()) {
        self.init(blocks: blocks, sentences: blockSentences, quotations: quotations) { blockIndex, spans, append in
            for token in Self.tokenize(blocks[blockIndex].text, scan: scans[blockIndex], quoted: spans) {
                append(token.kind, words.word(token.text, kind: token.kind), token.range)
            }
        }
    }

    /// The report read with no quotation: every word, quoted or not (what the actor rules read).
    init(plain tokenized: TokenizedReport) {
        self.init(blocks: tokenized.blocks, scans: tokenized.scans, sentences: tokenized.sentences, quotations: [], words: tokenized.words)
    }

    /// `plain` (a report read with no quotation) with each of `quotations` reduced to its
    /// opaque token: the same tokens and sentences as reading the report with them, without
    /// tokenizing it again. This holds because a quotation starts at a mark and a mark never
    /// joins a word, so each of `plain`'s tokens lies wholly inside a quotation or outside all.
    /// `sentences`: each block's, from `SentenceSplitter`.
    init(collapsing plain: AttributionText, sentences blockSentences: [[Range<Int>]], quotations: [QuotationScanner.Quotation],
         words: WordTable) {
        let quoted = words.word("", kind: .quotation(0))
        var next = 0 // the first of plain's tokens not yet taken
        self.init(blocks: plain.blocks, sentences: blockSentences, quotations: quotations) { blockIndex, spans, append in
            var span = 0
            while next < plain.tokens.count, plain.tokens[next].block == blockIndex {
                let token = plain.tokens[next]
                if span < spans.count, spans[span].range.lowerBound <= token.range.lowerBound {
                    append(.quotation(spans[span].quotation), quoted, spans[span].range)
                    while next < plain.tokens.count, plain.tokens[next].block == blockIndex,
                          plain.tokens[next].range.lowerBound < spans[span].range.upperBound { next += 1 }
                    span += 1
                    continue
                }
                append(token.kind, token.word, token.range)
                next += 1
            }
            while span < spans.count {
                append(.quotation(spans[span].quotation), quoted, spans[span].range)
                span += 1
            }
        }
    }

    /// The reading both initialisers share: block by block, `read` hands each of the block's
    /// tokens in text order to `append` (given the block's quotation spans, sorted), which
    /// numbers it with its sentence, counted across the report (sentences joined where a
    /// boundary falls inside a quotation).
    private init(blocks: [TextBlock], sentences blockSentences: [[Range<Int>]], quotations: [QuotationScanner.Quotation],
                 read: (_ block: Int, _ spans: [Span], _ append: (Token.Kind, Word, Range<Int>) -> Void) -> Void) {
        self.blocks = blocks
        var spansByBlock: [Int: [Span]] = [:]
        for (index, quotation) in quotations.enumerated() {
            for span in quotation.spans { spansByBlock[span.block, default: []].append((index, span.range)) }
        }
        var tokens: [Token] = []
        var quotationTokens = Array(repeating: [Int](), count: quotations.count)
        var sentenceNumber = 0
        for (blockIndex, block) in blocks.enumerated() {
            let spans = (spansByBlock[blockIndex] ?? []).sorted { $0.range.lowerBound < $1.range.lowerBound }
            let sentenceRanges = Self.sentences(of: block.text, split: blockSentences[blockIndex], quoted: spans.map(\.range))
            let firstSentence = sentenceNumber
            sentenceNumber += max(1, sentenceRanges.count)
            // Tokens come in text order: the sentence holding each is found by walking forward.
            var number = 0
            read(blockIndex, spans) { kind, word, range in
                while number + 1 < sentenceRanges.count, sentenceRanges[number + 1].lowerBound <= range.lowerBound { number += 1 }
                if case .quotation(let index) = kind { quotationTokens[index].append(tokens.count) }
                tokens.append(Token(kind: kind, word: word, block: blockIndex, range: range, sentence: firstSentence + number))
            }
        }
        self.tokens = tokens
        self.quotationTokens = quotationTokens
        self.sentences = Self.sentenceRanges(of: tokens, count: sentenceNumber)
    }

    /// Token range of each sentence, from the tokens' sentence numbers.
    static func sentenceRanges(of tokens: [Token], count: Int) -> [Range<Int>] {
        var sentences: [Range<Int>] = Array(repeating: 0..<0, count: count)
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count, tokens[end].sentence == tokens[start].sentence { end += 1 }
            sentences[tokens[start].sentence] = start..<end
            start = end
        }
        return sentences
    }

    /// Token range of the sentence holding token `index`.
    func sentence(of index: Int) -> Range<Int> { sentences[tokens[index].sentence] }

    /// The text between two tokens' outer edges, as written in the block (both in one block).
    func text(_ range: ClosedRange<Int>) -> String {
        let first = tokens[range.lowerBound], last = tokens[range.upperBound]
        guard first.block == last.block else { return range.map { tokens[$0].text }.joined(separator: " ") }
        return blocks[first.block].text.slice(utf8: first.range.lowerBound..<last.range.upperBound)
    }

    /// Sentences of a paragraph as UTF-8 ranges, joined where a boundary falls inside a
    /// quotation (a quoted "We will go. We will win," is one sentence with its "she said").
    /// `quoted` is sorted and its ranges do not overlap, as are the sentences: one walk over both.
    /// `split`: the paragraph's sentences from `SentenceSplitter`.
    static func sentences(of text: String, split: [Range<Int>], quoted: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        var next = 0 // the first quotation that does not end before the current sentence starts
        for range in split {
            while next < quoted.count, quoted[next].upperBound <= range.lowerBound { next += 1 }
            if let last = merged.last, next < quoted.count, quoted[next].lowerBound < range.lowerBound {
                merged[merged.count - 1] = last.lowerBound..<range.upperBound
            } else {
                merged.append(range)
            }
        }
        return merged.isEmpty ? [0..<text.utf8.count] : merged
    }

    /// Characters that join the parts of one word: "U.N", "al-Assad", "there’s", "3.5".
    static let joiners: Set<Character> = [".", "'", "\u{2019}", "-", "\u{2011}", "&"]

    /// `joiners.contains`, asked at the end of every word: ASCII answered without hashing.
    static func isJoiner(_ character: Character) -> Bool {
        if let byte = character.asciiByte { return isASCIIJoiner(byte) }
        return joiners.contains(character)
    }

    /// The ASCII `joiners`.
    static func isASCIIJoiner(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "&")
    }

    /// Words, punctuation and quotation tokens of one paragraph.
    /// `scan`: `text` as characters.
    static func tokenize(_ text: String, scan: ScanText, quoted: [Span]) -> [(kind: Token.Kind, text: String, range: Range<Int>)] {
        if scan.isByteForByte, let tokens = text.utf8.withContiguousStorageIfAvailable({ tokenizeASCII(text, bytes: $0, quoted: quoted) }) {
            return tokens
        }
        return tokenizeByCharacters(text, scan: scan, quoted: quoted)
    }

    /// `tokenize` for text whose Characters are its bytes (ASCII without "\r\n", most
    /// paragraphs): the same steps on bytes, where a Character index is a byte offset.
    static func tokenizeASCII(_ text: String, bytes: UnsafeBufferPointer<UInt8>, quoted: [Span]) -> [(kind: Token.Kind, text: String, range: Range<Int>)] {
        let isLetterOrDigit = Character.isASCIILetterOrDigit
        var out: [(kind: Token.Kind, text: String, range: Range<Int>)] = []
        var spans = quoted[...]
        var index = 0
        let count = bytes.count
        while index < count {
            if let span = spans.first, span.range.lowerBound <= index {
                out.append((.quotation(span.quotation), "", span.range))
                index = max(index, min(count, span.range.upperBound))
                spans = spans.dropFirst()
                continue
            }
            let byte = bytes[index]
            if Character.isASCIIWhitespace(byte) { index += 1; continue }
            guard isLetterOrDigit(byte) else {
                out.append((.punctuation, String(decoding: CollectionOfOne(byte), as: UTF8.self), index..<(index + 1)))
                index += 1
                continue
            }
            var end = index + 1
            while end < count {
                let next = bytes[end]
                if isLetterOrDigit(next) { end += 1; continue }
                if isASCIIJoiner(next), end + 1 < count, isLetterOrDigit(bytes[end + 1]), spans.first.map({ end < $0.range.lowerBound }) ?? true {
                    end += 2
                    continue
                }
                break
            }
            var word = text.slice(utf8: index..<end)
            if end < count {
                let next = bytes[end]
                let afterNext = end + 1 < count ? bytes[end + 1] : nil
                // The last stop of "U.N." and "Mr.", the apostrophe of "rebels'".
                if next == UInt8(ascii: "."),
                   word.containsASCII(".") || (end - index == 1 && byte >= 0x41 && byte <= 0x5A) || SentenceSplitter.abbreviations.contains(word.lowercased()) {
                    word.append(".")
                    end += 1
                } else if next == UInt8(ascii: "'"), bytes[end - 1] == UInt8(ascii: "s"),
                          !(afterNext.map(Character.isASCIILetter) ?? false),
                          spans.first.map({ end < $0.range.lowerBound }) ?? true {
                    word.append("'")
                    end += 1
                }
            }
            out.append((.word, word, index..<end))
            index = end
        }
        return out
    }

    /// `tokenize` one Character at a time, for any text.
    static func tokenizeByCharacters(_ text: String, scan: ScanText, quoted: [Span]) -> [(kind: Token.Kind, text: String, range: Range<Int>)] {
        var out: [(kind: Token.Kind, text: String, range: Range<Int>)] = []
        var spans = quoted[...]
        var index = 0
        while index < scan.count {
            let offset = scan.offset(index)
            if let span = spans.first, span.range.lowerBound <= offset {
                out.append((.quotation(span.quotation), "", span.range))
                while index < scan.count, scan.offset(index) < span.range.upperBound { index += 1 }
                spans = spans.dropFirst()
                continue
            }
            let character = scan.characters[index]
            if character.fastIsWhitespace { index += 1; continue }
            guard character.fastIsLetter || character.fastIsNumber else {
                out.append((.punctuation, String(character), offset..<scan.offset(index + 1)))
                index += 1
                continue
            }
            var end = index + 1
            while end < scan.count {
                let next = scan.characters[end]
                if next.fastIsLetter || next.fastIsNumber || next.isMark { end += 1; continue }
                if isJoiner(next), end + 1 < scan.count, scan.characters[end + 1].fastIsLetter || scan.characters[end + 1].fastIsNumber,
                   spans.first.map({ scan.offset(end) < $0.range.lowerBound }) ?? true {
                    end += 2
                    continue
                }
                break
            }
            var word = text.slice(utf8: offset..<scan.offset(end))
            if end < scan.count {
                let next = scan.characters[end]
                let afterNext = end + 1 < scan.count ? scan.characters[end + 1] : nil
                // The last stop of "U.N." and "Mr.", the apostrophe of "rebels’".
                if next == ".", word.containsASCII(".") || (word.count == 1 && word.first!.fastIsUppercase) || SentenceSplitter.abbreviations.contains(word.lowercased()) {
                    word.append(next)
                    end += 1
                } else if next == "\u{2019}" || next == "'", word.last == "s", !(afterNext?.fastIsLetter ?? false),
                          spans.first.map({ scan.offset(end) < $0.range.lowerBound }) ?? true {
                    word.append(next)
                    end += 1
                }
            }
            out.append((.word, word, offset..<scan.offset(end)))
            index = end
        }
        return out
    }
}

extension Character {
    /// Combining marks and similar, which belong to the letter before them.
    /// Asked of the character after every word: ASCII ones, never marks, skip the Unicode tables.
    fileprivate var isMark: Bool {
        !isASCII && unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark || $0.properties.generalCategory == .spacingMark }
    }
}
