/// Finds the spans of a report that stand between quotation marks: straight and curly double
/// quotes, and single quotes (which the attributor keeps only when someone said them).
///
/// Marks are read from their surroundings, as a reader does: an opening mark follows a space
/// or the start of the text and touches a word; a closing mark touches the word before it.
/// An apostrophe between two letters ("there’s", "Assad’s") is never a mark, and a mark of
/// the other kind inside a quotation (nested quotes, apostrophes) does not end it.
///
/// A paragraph that ends inside a quotation continues it when the next paragraph opens with
/// a mark of the same kind (the newspaper convention for long quotes). An opening mark that
/// is never closed is dropped and the text after it read again, so one stray mark cannot
/// swallow the rest of the article.
enum QuotationScanner {
    enum Family: String, Sendable, Hashable {
        case double, single
    }

    /// A quoted stretch of text, one span per paragraph it covers.
    struct Quotation: Sendable, Hashable {
        var family: Family
        /// Marks included.
        var spans: [Quote.Span]
        /// The same spans without the marks: what was said.
        var contents: [Quote.Span]
    }

    /// Quotations of a report's blocks, in reading order.
    /// Linear in the text: when a quotation is never closed, every opening mark that could have
    /// started it is dropped at once and its paragraphs are read again from the state before
    /// them, so a paragraph is re-read at most once for each failed continuation it belongs to,
    /// however many stray marks it holds.
    static func scan(_ blocks: [TextBlock]) -> [Quotation] {
        scan(blocks, texts: blocks.map { ScanText($0.text) })
    }

    /// `texts`: the blocks' texts as characters.
    static func scan(_ blocks: [TextBlock], texts: [ScanText]) -> [Quotation] {
        var ignored: Set<MarkPosition> = []
        var result: [Quotation] = []
        var chain: Chain?
        /// The state on entering the block where the open chain began, to return to if it fails.
        var chainEntry: (chain: Chain?, resultCount: Int) = (nil, 0)
        var block = 0
        while block < blocks.count {
            let text = texts[block]
            let entry = (chain: chain, resultCount: result.count)
            let scan = scanBlock(text, block: block, continuing: chain?.family, ignored: ignored)
            if var open = chain, !scan.chainBroken {
                if let close = scan.continuationClose {
                    open.spans.append(Quote.Span(block: block, range: 0..<close.end))
                    open.contents.append(Quote.Span(block: block, range: text.offset(1)..<close.contentEnd))
                    result.append(Quotation(family: open.family, spans: open.spans, contents: open.contents))
                    chain = nil
                } else {
                    open.spans.append(Quote.Span(block: block, range: 0..<text.utf8Count))
                    open.contents.append(Quote.Span(block: block, range: text.offset(1)..<text.utf8Count))
                    chain = open
                }
            }
            result += scan.closed
            if chain == nil, let trailing = scan.trailing {
                chainEntry = entry
                chain = Chain(family: trailing.family, firstBlock: block,
                              openers: (scan.strayOpeners + [trailing.index]).map { MarkPosition(block: block, index: $0) },
                              spans: [Quote.Span(block: block, range: text.offset(trailing.index)..<text.utf8Count)],
                              contents: [Quote.Span(block: block, range: text.offset(trailing.index + 1)..<text.utf8Count)])
            }
            if let open = chain {
                let next = block + 1
                if !scan.chainBroken, next < blocks.count, blocks[block].role == .body, blocks[next].role == .body,
                   let first = mark(at: 0, in: texts[next]), first.family == open.family, first.canOpen,
                   !ignored.contains(MarkPosition(block: next, index: 0)) {
                    chain!.openers.append(MarkPosition(block: next, index: 0))
                    block = next
                    continue
                }
                // Never closed: drop every opening mark of the chain and read its paragraphs again.
                ignored.formUnion(open.openers)
                result.removeSubrange(chainEntry.resultCount...)
                block = open.firstBlock
                chain = chainEntry.chain
                continue
            }
            block += 1
        }
        return result.filter { quotation in
            quotation.contents.contains { !texts[$0.block].isBlank($0.range) }
        }
    }

    // MARK: - One paragraph

    struct MarkPosition: Hashable {
        var block: Int
        var index: Int
    }

    struct Chain {
        var family: Family
        var firstBlock: Int
        var openers: [MarkPosition]
        var spans: [Quote.Span]
        var contents: [Quote.Span]
    }

    struct BlockScan {
        var closed: [Quotation] = []
        /// When the paragraph continues a quotation: where that quotation closes.
        var continuationClose: (end: Int, contentEnd: Int)?
        /// A continued quotation met a fresh opening mark of its kind before closing.
        var chainBroken = false
        /// An opening mark still open at the end of the paragraph.
        var trailing: (family: Family, index: Int)?
        /// With `trailing`: the opening marks it replaced since the last closing mark. None of
        /// them can close in this paragraph either, so they fail with it.
        var strayOpeners: [Int] = []
    }

    /// Reads one paragraph. `continuing` says the paragraph opens inside a quotation of that
    /// kind (its first character is the re-opening mark).
    static func scanBlock(_ text: ScanText, block: Int, continuing: Family?, ignored: Set<MarkPosition>) -> BlockScan {
        var scan = BlockScan()
        var open: (family: Family, index: Int, isContinuation: Bool)?
        var bracketDepth = 0
        var index = 0
        var replaced: [Int] = []
        if let family = continuing {
            open = (family, 0, true)
            index = 1
        }
        while index < text.count {
            let character = text.characters[index]
            if open == nil, let byte = character.asciiByte {
                if byte == UInt8(ascii: "[") { bracketDepth += 1 }
                if byte == UInt8(ascii: "]") { bracketDepth = max(0, bracketDepth - 1) }
            }
            guard let found = mark(at: index, in: text) else { index += 1; continue }
            if let current = open {
                if found.family == current.family, found.canClose {
                    if current.isContinuation {
                        scan.continuationClose = (text.offset(index + 1), text.offset(index))
                    } else {
                        let span = Quote.Span(block: block, range: text.offset(current.index)..<text.offset(index + 1))
                        let content = Quote.Span(block: block, range: text.offset(current.index + 1)..<text.offset(index))
                        scan.closed.append(Quotation(family: current.family, spans: [span], contents: [content]))
                    }
                    open = nil
                    replaced.removeAll()
                } else if found.family == current.family, found.canOpen,
                          !ignored.contains(MarkPosition(block: block, index: index)) {
                    // A second opening mark before any closing one: the first was stray.
                    if current.isContinuation { scan.chainBroken = true } else { replaced.append(current.index) }
                    open = (found.family, index, false)
                }
            } else if found.canOpen, !found.canClose, bracketDepth == 0,
                      !ignored.contains(MarkPosition(block: block, index: index)) {
                open = (found.family, index, false)
            }
            index += 1
        }
        if let current = open, !current.isContinuation {
            scan.trailing = (current.family, current.index)
            scan.strayOpeners = replaced
        }
        return scan
    }

    // MARK: - Marks

    struct Mark {
        var family: Family
        var canOpen: Bool
        var canClose: Bool
    }

    static let doubleOpeners: Set<Character> = ["\u{201C}", "\u{201E}", "\u{00AB}"]
    static let doubleClosers: Set<Character> = ["\u{201D}", "\u{00BB}"]
    static let singleOpeners: Set<Character> = ["\u{2018}", "\u{201A}", "\u{2039}"]
    static let singleClosers: Set<Character> = ["\u{2019}", "\u{203A}"]
    /// Characters after which an opening mark may stand.
    static let openingContext: Set<Character> = ["(", "[", "{", "\u{2014}", "\u{2013}", "-", "/", ":"]
    /// Characters before which a closing mark may stand.
    static let closingContext: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "\u{2014}", "\u{2013}", "-", "/", "\u{2026}"]

    static func isMarkCharacter(_ character: Character) -> Bool {
        // Most characters are ASCII, where only the two straight marks count: skip the set lookups.
        if let byte = character.asciiByte { return byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") }
        return doubleOpeners.contains(character) || doubleClosers.contains(character)
            || singleOpeners.contains(character) || singleClosers.contains(character)
    }

    /// The mark at `index`, read from its neighbours; nil for an apostrophe or a lone mark
    /// between spaces.
    static func mark(at index: Int, in text: ScanText) -> Mark? {
        let character = text.characters[index]
        guard isMarkCharacter(character) else { return nil }
        let previous = index > 0 ? text.characters[index - 1] : nil
        let next = index + 1 < text.count ? text.characters[index + 1] : nil
        let leftFlanking = next.map { !$0.fastIsWhitespace } ?? false
            && (previous.map { $0.fastIsWhitespace || openingContext.contains($0) || isMarkCharacter($0) } ?? true)
        let rightFlanking = previous.map { !$0.fastIsWhitespace } ?? false
            && (next.map { $0.fastIsWhitespace || closingContext.contains($0) || isMarkCharacter($0) } ?? true)
        let betweenWordCharacters = (previous.map { $0.fastIsLetter || $0.fastIsNumber } ?? false) && (next.map { $0.fastIsLetter || $0.fastIsNumber } ?? false)

        switch character {
        case _ where doubleOpeners.contains(character):
            return Mark(family: .double, canOpen: true, canClose: false)
        case _ where doubleClosers.contains(character):
            // A right mark used as an opening one by sloppy typing: space before, word after.
            return leftFlanking && !rightFlanking ? Mark(family: .double, canOpen: true, canClose: false)
                : Mark(family: .double, canOpen: false, canClose: true)
        case "\"":
            guard leftFlanking || rightFlanking else { return nil }
            return Mark(family: .double, canOpen: leftFlanking, canClose: rightFlanking)
        case _ where singleOpeners.contains(character):
            return betweenWordCharacters ? nil : Mark(family: .single, canOpen: true, canClose: false)
        default:
            // ’ and ': apostrophes between letters ("don’t") and before digits ("’90s") are not
            // marks, and a right mark where an opening one would stand is an elision ("’n’", "’em").
            if betweenWordCharacters { return nil }
            if leftFlanking, next?.fastIsNumber == true { return nil }
            if character != "'", !rightFlanking { return nil }
            guard leftFlanking || rightFlanking else { return nil }
            return Mark(family: .single, canOpen: leftFlanking && !rightFlanking, canClose: rightFlanking)
        }
    }
}
