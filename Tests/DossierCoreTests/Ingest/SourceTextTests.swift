import Testing
@testable import DossierCore

@Suite struct SourceTextTests {
    @Test func aReportLargerThanTheLimitIsRefusedWithItsSize() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: SourceText.maximumBytes + 1)
        #expect {
            try SourceText.decode(bytes, path: "seeds/dump.txt")
        } throws: { error in
            let diagnostic = error as! Diagnostic
            return diagnostic.location == SourceLocation(file: "seeds/dump.txt")
                && diagnostic.description.contains("file is 8.0 MiB; a report may hold at most 8 MiB")
        }
        #expect(throws: Never.self) { try SourceText.decode(Array(bytes.dropLast()), path: "seeds/big.txt") }
    }

    @Test func crlfAndLoneCRBecomeLineFeeds() throws {
        let text = try SourceText.decode(Array("one\r\ntwo\rthree\n".utf8), path: "a.txt")
        #expect(text.text == "one\ntwo\nthree\n")
        #expect(text.lines.map(\.number) == [1, 2, 3, 4])
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let text = try SourceText.decode([0xEF, 0xBB, 0xBF] + Array("Headline".utf8), path: "a.txt")
        #expect(text.text == "Headline")
        #expect(text.warnings.isEmpty)
    }

    @Test func latin1IsRefusedWithTheLineAndColumnOfTheFirstBadByte() {
        // "Caf\xE9" on line 2: é in Latin-1 is the lone byte 0xE9.
        let bytes = Array("Title\nCaf".utf8) + [0xE9] + Array(" au lait\n".utf8)
        #expect {
            try SourceText.decode(bytes, path: "seeds/x.txt")
        } throws: { error in
            let diagnostic = error as! Diagnostic
            return diagnostic.location == SourceLocation(file: "seeds/x.txt", line: 2, column: 4)
                && diagnostic.description.contains("not valid UTF-8 (byte 0xE9)")
        }
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() {
        #expect(SourceText.firstInvalidUTF8([0xC0, 0x80]) == 0)
        #expect(SourceText.firstInvalidUTF8([0x41, 0xED, 0xA0, 0x80]) == 1)
        #expect(SourceText.firstInvalidUTF8([0xF4, 0x90, 0x80, 0x80]) == 0)
        #expect(SourceText.firstInvalidUTF8(Array("ça “marche” — 👍".utf8)) == nil)
        #expect(SourceText.firstInvalidUTF8([0xE2, 0x82]) == 0) // truncated sequence
    }

    @Test(arguments: [true, false])
    func utf16WithByteOrderMarkIsReadWithAWarning(bigEndian: Bool) throws {
        let units = Array("Peace talks “resume”\r\n".utf16)
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in units {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let text = try SourceText.decode(bytes, path: "u.txt")
        #expect(text.text == "Peace talks “resume”\n")
        #expect(text.warnings.count == 1)
    }

    @Test func nulBytesMeanABinaryFile() {
        #expect {
            try SourceText.decode(Array("line one\nline".utf8) + [0] + Array("two".utf8), path: "b.bin")
        } throws: { error in
            (error as! Diagnostic).location.line == 2 && "\(error)".contains("NUL")
        }
    }

    @Test func controlCharactersBecomeSpacesWithAWarning() throws {
        let text = try SourceText.decode(Array("a\u{0B}b\tc".utf8), path: "c.txt")
        #expect(text.text == "a b c")
        #expect(text.warnings.count == 1)
    }

    /// memchr's lines are the split's lines: numbers, text and the empty ones.
    @Test func linesFoundWithMemchrAreTheSplitsLines() throws {
        for raw in ["", "\n", "one", "one\n", "\n\nthree\n\n", "a\nbé 👩‍👩‍👧\n\u{301}c\nd", String(repeating: "line\n", count: 300) + "end"] {
            let text = try SourceText.decode(Array(raw.utf8), path: "a.txt")
            let fast = text.lines, slow = text.linesBySplitting
            #expect(fast.map(\.number) == slow.map(\.number), "\(raw.debugDescription)")
            #expect(fast.map(\.text) == slow.map(\.text), "\(raw.debugDescription)")
            #expect(fast.map { $0.text.utf8.count } == slow.map { $0.text.utf8.count })
        }
    }

    /// The scan that skips line-ending normalisation only skips texts it would leave as they are.
    @Test func textsLeftAsTheyAreAreTheOnesTheScanSkips() {
        let pieces = ["a", "\n", "\r", "\r\n", "\t", "\u{7F}", "\u{1B}", "\u{2028}", "\u{2029}", "\u{2027}", "“", "é", " "]
        var random = SeededGenerator(state: 17)
        var skipped = 0
        for _ in 0..<3_000 {
            let text = (0..<random.next(8)).map { _ in pieces[random.next(pieces.count)] }.joined()
            let slow = SourceText.normaliseLineEndingsByBytes(text)
            #expect(SourceText.normaliseLineEndings(text) == slow, "\(text.debugDescription)")
            if Array(text.utf8).withUnsafeBufferPointer(SourceText.hasNothingToNormalise) {
                skipped += 1
                #expect(slow == (text, 0), "\(text.debugDescription)")
            }
        }
        #expect(skipped >= 100)
    }
}
