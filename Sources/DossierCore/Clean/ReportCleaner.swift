/// The clean step: copied web text in, headline + dek + paragraphs out.
///
/// Every rule is about the *shape* of web furniture (short calls to action, bracketed
/// promos, bylines without sentences, dash-separated teaser lists, captions copied twice),
/// never about one outlet's strings, so it carries over to reports it has not seen.
public enum ReportCleaner {
    public static func clean(_ source: SourceText) throws(Diagnostic) -> CleanText {
        let fileLocation = SourceLocation(file: source.path)
        var removed: [RemovedText] = []
        var blocks = paragraphs(of: source, removed: &removed)
        guard !blocks.isEmpty else {
            if removed.isEmpty {
                throw .error(fileLocation, "file is empty", step: .clean)
            }
            throw .error(fileLocation, "file holds only boilerplate (\(Counted.phrase(removed.count, "line")) removed); no article text found", step: .clean)
        }

        markTeaserTail(&blocks)
        var authors: [String] = []
        classify(&blocks, authors: &authors)
        markPromptBoxes(&blocks)
        markDuplicates(&blocks)
        let captionIndex = markCaptions(&blocks)
        let caption = captionIndex.map { TextBlock(role: .body, text: blocks[$0].text, lineStarts: blocks[$0].lineStarts) }

        var kept: [Candidate] = []
        for (index, block) in blocks.enumerated() where index != captionIndex {
            if let reason = block.reason {
                removed.append(RemovedText(line: block.line, text: block.text, reason: reason))
            } else {
                kept.append(block)
            }
        }
        removed.sort { ($0.line, $0.reason.rawValue) < ($1.line, $1.reason.rawValue) }
        guard let headline = kept.first else {
            throw .error(fileLocation, "file holds only boilerplate (\(Counted.phrase(removed.count, "line")) removed); no article text found", step: .clean)
        }

        var result = [TextBlock(role: .headline, text: headline.text, lineStarts: headline.lineStarts)]
        var rest = kept.dropFirst()
        if let candidate = rest.first, rest.count > 1, isDek(candidate, after: headline, in: blocks) {
            result.append(TextBlock(role: .dek, text: candidate.text, lineStarts: candidate.lineStarts))
            rest = rest.dropFirst()
        }
        result += rest.map { TextBlock(role: .body, text: $0.text, lineStarts: $0.lineStarts) }
        return CleanText(blocks: result, caption: caption, authors: authors, removed: removed)
    }

    /// A block during cleaning: its text, where it came from, and why it was removed (if it was).
    struct Candidate {
        let text: String
        let lineStarts: [TextBlock.LineStart]
        var reason: BoilerplateKind?
        /// Words split once; every rule looks at them.
        let words: [Substring]

        init(text: String, lineStarts: [TextBlock.LineStart]) {
            self.text = text
            self.lineStarts = lineStarts
            self.words = text.wordsBetweenSpaces
        }

        var line: Int { lineStarts[0].line }
        var wordCount: Int { words.count }
    }

    // MARK: - Paragraphs

    /// Splits the text into paragraphs. Web copy puts one paragraph per line; text wrapped at a
    /// fixed width (most lines 40–100 characters inside blank-line-separated blocks) is rejoined.
    static func paragraphs(of source: SourceText, removed: inout [RemovedText]) -> [Candidate] {
        var groups: [[(line: Int, column: Int, text: String)]] = [[]]
        for (number, raw) in source.lines {
            var (text, column) = normalise(raw)
            if !text.isEmpty {
                let (stripped, promos) = removeInlinePromos(text)
                for promo in promos {
                    removed.append(RemovedText(line: number, text: promo, reason: .promo))
                }
                text = stripped
                if text.isEmpty { continue }
            }
            if text.isEmpty {
                if !(groups.last!.isEmpty) { groups.append([]) }
            } else {
                groups[groups.count - 1].append((number, column, text))
            }
        }
        groups.removeAll { $0.isEmpty }

        if isHardWrapped(groups.map { $0.map(\.text) }) {
            return groups.map { group in
                var text = ""
                var starts: [TextBlock.LineStart] = []
                for part in group {
                    if !text.isEmpty { text += " " }
                    starts.append(.init(utf8Offset: text.utf8.count, line: part.line, column: part.column))
                    text += part.text
                }
                return Candidate(text: text, lineStarts: starts)
            }
        }
        return groups.joined().map {
            Candidate(text: $0.text, lineStarts: [.init(utf8Offset: 0, line: $0.line, column: $0.column)])
        }
    }

    /// Fixed-width wrapping: at least two multi-line blocks, and 80 % of their non-final lines
    /// between 40 and 100 characters long.
    static func isHardWrapped(_ groups: [[String]]) -> Bool {
        let multi = groups.filter { $0.count >= 2 }
        guard multi.count >= 2 else { return false }
        // Character counts; for ASCII lines the byte count, without walking graphemes.
        let inner = multi.flatMap { $0.dropLast() }.map { line in line.isASCII ? line.utf8.count : line.count }
        guard !inner.isEmpty, inner.allSatisfy({ $0 <= 100 }) else { return false }
        let wrapped = inner.filter { (40...100).contains($0) }.count
        return Double(wrapped) >= 0.8 * Double(inner.count)
    }

    /// Collapses whitespace (including no-break and thin spaces), drops invisible characters,
    /// and reports the 1-based column of the first visible character. Works on Unicode scalars
    /// with a table of space characters: Character-level checks dominated the clean profile.
    static func normalise(_ line: Substring) -> (String, Int) {
        line.utf8.withContiguousStorageIfAvailable(normaliseBytes) ?? normaliseScalars(line)
    }

    /// `normalise` on the bytes of valid UTF-8: each scalar is decoded from its bytes and
    /// copied as they are (decoding through `unicodeScalars` showed in profiles).
    static func normaliseBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, Int) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var column = 1
        var seenText = false
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let first = bytes[index]
            let length = UnsafeBufferPointer.scalarLength(lead: first)
            let value = bytes.scalarValue(at: index, length: length)
            if isInvisible(value) {
                if !seenText { column += 1 }
            } else if isSpace(value) {
                if seenText { pendingSpace = true } else { column += 1 }
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                seenText = true
                if length == 1 { out.append(first) } else { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)])) }
            }
            index += length
        }
        return (String(decoding: out, as: UTF8.self), column)
    }

    /// `normalise` scalar by scalar, for text whose bytes are not contiguous.
    static func normaliseScalars(_ line: Substring) -> (String, Int) {
        // Built as UTF-8 bytes: appending to a String.UnicodeScalarView showed in profiles.
        var out: [UInt8] = []
        out.reserveCapacity(line.utf8.count)
        var column = 1
        var seenText = false
        var pendingSpace = false
        for scalar in line.unicodeScalars {
            if isInvisible(scalar.value) {
                if !seenText { column += 1 }
                continue
            }
            if isSpace(scalar.value) {
                if seenText { pendingSpace = true } else { column += 1 }
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            seenText = true
            if scalar.isASCII {
                out.append(UInt8(scalar.value))
            } else {
                out.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return (String(decoding: out, as: UTF8.self), column)
    }

    @inline(__always)
    static func isSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    @inline(__always)
    static func isInvisible(_ scalar: UInt32) -> Bool {
        scalar >= 0xAD && Unicode.Scalar(scalar).map(BoilerplateLexicon.invisibleScalars.contains) == true
    }

    /// Removes `[LABEL: text]` promos: an all-capitals label and a colon inside brackets.
    static func removeInlinePromos(_ text: String) -> (String, [String]) {
        guard text.containsASCII("[") else { return (text, []) }
        // ASCII text, where every byte is a Character: the brackets are found on bytes (a
        // Character search through every such line showed in profiles).
        return text.isASCII ? removeInlinePromosASCII(text) : removeInlinePromosByCharacters(text)
    }

    static func removeInlinePromosASCII(_ text: String) -> (String, [String]) {
        let bytes = Array(text.utf8)
        var promos: [String] = []
        var kept: [UInt8] = []
        var rest = 0
        while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "[")) {
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: "]")) else { break }
            let inner = Substring(String(decoding: bytes[(open + 1)..<close], as: UTF8.self))
            if isPromo(inner) {
                kept += bytes[rest..<open]
                promos.append(String(decoding: bytes[open...close], as: UTF8.self))
                rest = close + 1
            } else {
                kept += bytes[rest...open]
                rest = open + 1
            }
        }
        if promos.isEmpty { return (text, []) }
        kept += bytes[rest...]
        return (normalise(Substring(String(decoding: kept, as: UTF8.self))).0, promos)
    }

    static func removeInlinePromosByCharacters(_ text: String) -> (String, [String]) {
        var out = ""
        var promos: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            guard let close = rest[open...].firstIndex(of: "]") else { break }
            let inner = rest[rest.index(after: open)..<close]
            if isPromo(inner) {
                out += rest[..<open]
                promos.append(String(rest[open...close]))
                rest = rest[rest.index(after: close)...]
            } else {
                out += rest[...open]
                rest = rest[rest.index(after: open)...]
            }
        }
        out += rest
        if promos.isEmpty { return (text, []) }
        return (normalise(Substring(out)).0, promos)
    }

    static func isPromo(_ inner: Substring) -> Bool {
        guard let colon = inner.firstIndex(of: ":"), !inner.containsASCII("[") else { return false }
        let label = inner[..<colon]
        let after = inner[inner.index(after: colon)...].trimmingSpaces
        let letters = label.filter(\.fastIsLetter)
        guard letters.count >= 2, label.split(separator: " ").count <= 5, !after.isEmpty else { return false }
        return label.allSatisfy { $0.fastIsUppercase || $0.fastIsNumber || " &'’.-".contains($0) }
    }

    // MARK: - Rules

    static func classify(_ blocks: inout [Candidate], authors: inout [String]) {
        for index in blocks.indices where blocks[index].reason == nil {
            let block = blocks[index]
            if isSeparator(block.text) {
                blocks[index].reason = .separator
            } else if isDateline(block) {
                blocks[index].reason = .dateline
            } else if let names = bylineNames(block) {
                blocks[index].reason = .byline
                authors += names.filter { !authors.contains($0) }
            } else if isPrompt(block) {
                blocks[index].reason = .prompt
            }
        }
    }

    /// Stops at the first character that is not a separator mark: most blocks are prose.
    static func isSeparator(_ text: String) -> Bool {
        var visible = 0
        for character in text where character != " " {
            visible += 1
            guard visible <= 12, BoilerplateLexicon.separatorCharacters.contains(character) else { return false }
        }
        return visible > 0
    }

    static func isPrompt(_ block: Candidate) -> Bool {
        guard block.wordCount <= BoilerplateLexicon.maxPromptWords else { return false }
        let folded = FoldedText(block.text)
        return promptPrefixes.contains(where: folded.hasPrefix) || folded.containsAny(promptInfixes)
    }

    /// The prompt phrases as bytes, prepared once: those a block must start with, and those it
    /// may hold anywhere, by first byte (so one pass over the block tries them all).
    static let promptPrefixes: [[UInt8]] = BoilerplateLexicon.promptPhrases.filter { $0.match == .prefix }.map { Array($0.phrase.utf8) }
    static let promptInfixes = FoldedText.PhraseSet(BoilerplateLexicon.promptPhrases.filter { $0.match == .contains }.map { Array($0.phrase.utf8) })

    /// "Published: Updated:", "Posted 10 Feb 2014 09:12 GMT": only stamp labels, dates and times.
    static func isDateline(_ block: Candidate) -> Bool {
        guard block.wordCount <= 16 else { return false }
        var sawLabel = false
        for raw in block.words {
            let word = raw.lowercased().trimmingCharacters(in: ",:;|")
            if BoilerplateLexicon.bylineStampWords.contains(word) { sawLabel = true; continue }
            if BoilerplateLexicon.datelineLabels.contains(word) || word.isEmpty { continue }
            if BoilerplateLexicon.dateWords.contains(word.trimmingCharacters(in: ".")) { continue }
            if word.allSatisfy({ $0.fastIsNumber || ":/.-".contains($0) }) { continue }
            return false
        }
        return sawLabel
    }

    /// A byline: "By" and then only names, fillers and a date stamp. Returns the names (maybe none).
    static func bylineNames(_ block: Candidate) -> [String]? {
        let words = block.words
        guard words.count >= 2, words.count <= 14, words[0] == "By" || words[0] == "BY",
              let last = block.text.last, !".!?;:".contains(last) else { return nil }
        var names: [String] = []
        var current: [Substring] = []
        func flush() {
            if !current.isEmpty { names.append(current.joined(separator: " ")) }
            current = []
        }
        for raw in words.dropFirst() {
            let trailingComma = raw.hasSuffix(",")
            let word = trailingComma ? raw.dropLast() : raw
            let lower = word.lowercased()
            if BoilerplateLexicon.bylineStampWords.contains(lower) { break }
            if BoilerplateLexicon.bylineFillers.contains(lower) {
                flush()
                continue
            }
            guard let first = word.first else { continue }
            if first.fastIsUppercase || (BoilerplateLexicon.nameParticles.contains(lower) && !current.isEmpty) {
                current.append(word)
            } else {
                return nil // a lowercase word: this is a sentence ("By then, …"), not a byline
            }
            if trailingComma { flush() }
        }
        flush()
        return names
    }

    /// A short block between two prompts belongs to the same prompt box (a slogan, a blurb).
    static func markPromptBoxes(_ blocks: inout [Candidate]) {
        guard blocks.count >= 3 else { return }
        for index in 1..<(blocks.count - 1) where blocks[index].reason == nil {
            if blocks[index - 1].reason == .prompt, blocks[index + 1].reason == .prompt,
               blocks[index].wordCount <= BoilerplateLexicon.maxPromptBoxWords {
                blocks[index].reason = .prompt
            }
        }
    }

    /// A block repeated verbatim (ignoring case) is kept once.
    static func markDuplicates(_ blocks: inout [Candidate]) {
        var seen: Set<String> = []
        for index in blocks.indices {
            let key = blocks[index].text.lowercased()
            if !seen.insert(key).inserted, blocks[index].reason == nil {
                blocks[index].reason = .duplicate
            }
        }
    }

    /// Two nearby blocks that open with the same words are the two copies of a photo caption
    /// (image alt text and visible caption). The shorter copy is removed; the index of the
    /// fuller copy is returned so it can be kept as the report's caption, outside the body.
    static func markCaptions(_ blocks: inout [Candidate]) -> Int? {
        let live = blocks.indices.filter { blocks[$0].reason == nil }
        for (position, i) in live.enumerated() {
            for j in live.dropFirst(position + 1).prefix(BoilerplateLexicon.captionMaxDistance) {
                let a = blocks[i].words, b = blocks[j].words
                let shared = zip(a, b).prefix { $0 == $1 }.count
                let shorter = min(a.count, b.count)
                guard shared >= BoilerplateLexicon.captionMinSharedWords,
                      Double(shared) >= BoilerplateLexicon.captionMinSharedFraction * Double(shorter) else { continue }
                let (keep, drop) = a.count >= b.count ? (i, j) : (j, i)
                blocks[drop].reason = .caption
                return keep
            }
        }
        return nil
    }

    /// Teaser lists after the article: short items separated by dash lines, or items each
    /// ending in a "By … Published" stamp. Everything from the list's start is removed.
    static func markTeaserTail(_ blocks: inout [Candidate]) {
        guard let start = teaserTailStart(blocks) else { return }
        for index in start..<blocks.count { blocks[index].reason = .teaser }
    }

    static func teaserTailStart(_ blocks: [Candidate]) -> Int? {
        // The tail of short blocks at the end of the text.
        var tailStart = blocks.count
        while tailStart > 0, blocks[tailStart - 1].wordCount <= BoilerplateLexicon.maxTeaserBlockWords {
            tailStart -= 1
        }
        let tail = Array(tailStart..<blocks.count)
        guard tail.count >= 4 else { return nil }

        // Dash-separated items: from the first separator on, every item has 1…4 blocks and
        // either most items carry a byline stamp or all blocks are headline-short.
        let separators = tail.filter { isSeparator(blocks[$0].text) }
        if separators.count >= 2, let first = separators.first {
            var items: [[Int]] = [[]]
            for index in first..<blocks.count {
                if isSeparator(blocks[index].text) {
                    if !items.last!.isEmpty { items.append([]) }
                } else {
                    items[items.count - 1].append(index)
                }
            }
            items.removeAll { $0.isEmpty }
            let sizesFit = items.allSatisfy { $0.count <= BoilerplateLexicon.maxTeaserItemBlocks }
            let stamped = items.filter { $0.contains { isStampedByline(blocks[$0]) } }.count
            // Teaser titles and kickers are short and are not sentences; article paragraphs end with a full stop.
            let allTitles = items.joined().allSatisfy {
                blocks[$0].wordCount <= BoilerplateLexicon.maxTeaserTitleWords && blocks[$0].text.last != "."
            }
            if items.count >= 2, sizesFit, stamped * 2 >= items.count || allTitles {
                return first
            }
        }

        // Items without separators: a "By … Published" stamp every k blocks.
        let stamps = tail.filter { isStampedByline(blocks[$0]) }
        if stamps.count >= 2 {
            let period = stamps[1] - stamps[0]
            let start = stamps[0] - (period - 1)
            if (1...BoilerplateLexicon.maxTeaserItemBlocks).contains(period), start >= tailStart {
                return start
            }
        }
        return nil
    }

    /// "By Jane Doe, The Week UK Published": a byline followed by a date stamp.
    static func isStampedByline(_ block: Candidate) -> Bool {
        guard bylineNames(block) != nil else { return false }
        return block.words.contains { BoilerplateLexicon.bylineStampWords.contains($0.lowercased()) }
    }

    /// A standfirst: short, right after the headline, and set apart from the lede by a signal
    /// a lede never has: it lacks a full stop (deks are often fragments or questions), or web
    /// furniture (byline, date stamp, caption) separates it from the first paragraph.
    static func isDek(_ candidate: Candidate, after headline: Candidate, in blocks: [Candidate]) -> Bool {
        guard candidate.wordCount <= BoilerplateLexicon.maxDekWords else { return false }
        if let last = candidate.text.last, last != "." { return true }
        guard let position = blocks.firstIndex(where: { $0.line == candidate.line }) else { return false }
        let furniture: Set<BoilerplateKind> = [.byline, .dateline, .caption]
        let next = blocks[(position + 1)...].prefix { $0.reason != nil }
        return next.contains { furniture.contains($0.reason!) }
    }
}

extension StringProtocol {
    /// Without white space (`fastIsWhitespace`) at either end. Read on bytes when that is
    /// exact: ends that are ASCII and not white space start and end Characters that are not
    /// white space (a Character is white space by its first scalar), and in ASCII text every
    /// Character is one byte but "\r\n", which is white space whole. A space after a Prepend
    /// scalar or before a combining mark is part of a Character, so other text is trimmed by
    /// Character.
    var trimmingSpaces: SubSequence {
        let bounds = utf8.withContiguousStorageIfAvailable { bytes -> Range<Int>? in
            guard let first = bytes.first, let last = bytes.last else { return 0..<0 }
            if first < 0x80, last < 0x80, !Character.isASCIIWhitespace(first), !Character.isASCIIWhitespace(last) {
                return 0..<bytes.count
            }
            guard UnsafeBufferPointer.isASCII(bytes) else { return nil }
            return bytes.trimmingASCIIWhitespace(0..<bytes.count)
        }
        guard let bounds = bounds ?? nil else { return trimmingSpacesByCharacters }
        let utf8 = self.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: bounds.lowerBound)
        return self[start..<utf8.index(start, offsetBy: bounds.count)]
    }

    /// `trimmingSpaces` one Character at a time, for any text.
    var trimmingSpacesByCharacters: SubSequence {
        var slice = self[...]
        while let first = slice.first, first.fastIsWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.fastIsWhitespace { slice = slice.dropLast() }
        return slice
    }

    func trimmingCharacters(in set: String) -> String {
        let whole = String(self)
        let marks = set.utf8
        if set.isASCII {
            // Nothing to trim, the most common case: ASCII ends that are not marks.
            if let first = whole.utf8.first, let last = whole.utf8.last, first < 0x80, last < 0x80,
               !marks.contains(first), !marks.contains(last) {
                return whole
            }
            // ASCII text ("U.N." less its stops), on bytes.
            if whole.isASCII {
                var bytes = whole.utf8[...]
                while let first = bytes.first, marks.contains(first) { bytes = bytes.dropFirst() }
                while let last = bytes.last, marks.contains(last) { bytes = bytes.dropLast() }
                return String(Substring(bytes))
            }
        }
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }

    /// Curly apostrophes folded to straight ones, for matching lexicon phrases.
    var replacingApostrophes: String {
        // Most words have no curly apostrophe (E2 80 98 / E2 80 99 in UTF-8): skip the rebuild.
        guard utf8.contains(0xE2) else { return String(self) }
        return String(map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 })
    }
}
