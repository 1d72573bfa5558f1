import Foundation
import Testing
@testable import DossierCore

/// `slice(utf8:)` cuts the same text out of native and bridged strings, and repairs a cut
/// through a character as `String(decoding:)` does.
@Suite struct StringUTF8SliceTests {
    @Test func slicesByUTF8Offsets() {
        let text = "Zürich’s mayor said"
        #expect(text.slice(utf8: 0..<7) == "Zürich")
        #expect(text.slice(utf8: 7..<11) == "’s")
        #expect(text.slice(utf8: 0..<0) == "")
        #expect(text.slice(utf8: 1..<2) == "\u{FFFD}") // half of "ü"
    }

    @Test func bridgedStringsSliceAsNativeOnesDo() {
        let native = "Lakhdar Brahimi — “We will go.” Zürich"
        let bridged = NSString(string: native) as String
        for lower in 0...native.utf8.count {
            for upper in lower...native.utf8.count {
                #expect(bridged.slice(utf8: lower..<upper) == native.slice(utf8: lower..<upper))
            }
        }
    }

    /// The eight-bytes-at-a-time ASCII test finds a non-ASCII byte at any position and length.
    @Test func asciiIsFoundAtEveryPositionAndLength() {
        for length in 0..<40 {
            let ascii = String(repeating: "a", count: length)
            #expect(ascii.isASCII && Substring(ascii).isASCII)
            for position in 0..<length {
                var bytes = Array(ascii.utf8)
                bytes[position] = 0xC3
                bytes.insert(0xA9, at: position + 1) // "é"
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(!text.isASCII, "length \(length), é at \(position)")
                #expect(!text.dropFirst(position).isASCII && text.prefix(position).isASCII)
            }
        }
    }
}
