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
}
