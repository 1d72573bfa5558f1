/// Text folded for matching lexicon phrases: ASCII letters lower-cased and curly apostrophes
/// straightened, as bytes. Matching bytes avoids Foundation's locale-aware search, which
/// dominated the clean step's profile.
struct FoldedText {
    let bytes: [UInt8]

    init(_ text: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            // U+2018 and U+2019 are E2 80 98 / E2 80 99.
            if byte == 0xE2 {
                let second = iterator.next(), third = iterator.next()
                if second == 0x80, third == 0x98 || third == 0x99 {
                    bytes.append(0x27)
                } else {
                    bytes.append(byte)
                    if let second { bytes.append(second) }
                    if let third { bytes.append(third) }
                }
            } else if byte >= 0x41 && byte <= 0x5A {
                bytes.append(byte + 0x20)
            } else {
                bytes.append(byte)
            }
        }
        self.bytes = bytes
    }

    func hasPrefix(_ phrase: [UInt8]) -> Bool {
        bytes.count >= phrase.count && bytes[0..<phrase.count].elementsEqual(phrase)
    }

    /// Phrases grouped by their first byte, for `containsAny`.
    struct PhraseSet {
        fileprivate var byFirstByte = [[[UInt8]]](repeating: [], count: 256)
        fileprivate var hasEmpty = false

        init(_ phrases: [[UInt8]]) {
            for phrase in phrases {
                if let first = phrase.first { byFirstByte[Int(first)].append(phrase) } else { hasEmpty = true }
            }
        }
    }

    /// True when any of `phrases` appears: one pass over the text, trying at each byte only
    /// the phrases that start with it.
    func containsAny(_ phrases: PhraseSet) -> Bool {
        if phrases.hasEmpty { return true }
        return bytes.withUnsafeBufferPointer { text in
            for index in 0..<text.count {
                for phrase in phrases.byFirstByte[Int(text[index])] where phrase.count <= text.count - index {
                    var matched = 1
                    while matched < phrase.count, text[index + matched] == phrase[matched] { matched += 1 }
                    if matched == phrase.count { return true }
                }
            }
            return false
        }
    }
}
