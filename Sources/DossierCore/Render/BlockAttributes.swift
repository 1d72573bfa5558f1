/// The `{.class #id}` attributes of a directive, and the element it opens.
struct BlockAttributes: Equatable {
    var element = "div"
    var id: String?
    var classes: [String] = []

    /// Elements a fenced div may open; any other bare word is a class (as in Pandoc).
    static let elements: Set<String> = ["div", "section", "aside", "header", "footer", "figure", "figcaption", "nav"]

    /// Parses `section {.panel #brahimi}`, `{.dek}`, or `panel`. Returns nil with a reason.
    static func parse(_ text: Substring, allowElement: Bool = true) -> Result<BlockAttributes, DirectiveError> {
        // Every fenced div and table of every page is parsed here; ASCII text, where each
        // byte is a Character, is read on bytes.
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in
            UnsafeBufferPointer.isASCII(bytes) && !bytes.contains(0x0A) ? parseASCII(bytes, allowElement: allowElement) : nil
        }
        return (ascii ?? nil) ?? parseByCharacters(text, allowElement: allowElement)
    }

    /// `parse` on the bytes of ASCII text without line feeds (so no "\r\n" Character):
    /// the same steps, where a Character is a byte.
    static func parseASCII(_ bytes: UnsafeBufferPointer<UInt8>, allowElement: Bool) -> Result<BlockAttributes, DirectiveError> {
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        func isToken(_ range: Range<Int>) -> Bool { HTMLText.isToken(bytes: bytes[range]) }
        var attributes = BlockAttributes()
        var rest = bytes.trimmingASCIIWhitespace(0..<bytes.count)
        if allowElement, !rest.isEmpty, bytes[rest.lowerBound] != UInt8(ascii: "{") {
            let wordEnd = rest.first { bytes[$0] == 0x20 } ?? rest.upperBound
            let word = rest.lowerBound..<wordEnd
            if elements.contains(text(word)) {
                attributes.element = text(word)
            } else if isToken(word) {
                attributes.classes.append(text(word))
            } else {
                return .failure(DirectiveError("`\(text(word))` is neither an element nor a class name"))
            }
            rest = bytes.trimmingASCIIWhitespace(wordEnd..<rest.upperBound)
        }
        guard !rest.isEmpty else { return .success(attributes) }
        guard bytes[rest.lowerBound] == UInt8(ascii: "{"), bytes[rest.upperBound - 1] == UInt8(ascii: "}") else {
            return .failure(DirectiveError("attributes must be written `{.class #id}`"))
        }
        var start = rest.lowerBound + 1
        let end = max(start, rest.upperBound - 1)
        while start < end {
            guard bytes[start] != 0x20 else { start += 1; continue }
            var tokenEnd = start
            while tokenEnd < end, bytes[tokenEnd] != 0x20 { tokenEnd += 1 }
            let token = start..<tokenEnd
            start = tokenEnd
            guard isToken(token.dropFirst()) else {
                return .failure(DirectiveError("`\(text(token))` is not a valid attribute (use .class or #id with letters, digits, - and _)"))
            }
            switch bytes[token.lowerBound] {
            case UInt8(ascii: "."): attributes.classes.append(text(token.dropFirst()))
            case UInt8(ascii: "#"):
                guard attributes.id == nil else { return .failure(DirectiveError("more than one #id")) }
                attributes.id = text(token.dropFirst())
            default:
                return .failure(DirectiveError("`\(text(token))` is not a valid attribute (use .class or #id)"))
            }
        }
        return .success(attributes)
    }

    /// `parse` one Character at a time, for any text.
    static func parseByCharacters(_ text: Substring, allowElement: Bool) -> Result<BlockAttributes, DirectiveError> {
        var attributes = BlockAttributes()
        var rest = text.trimmingSpaces
        // Split at spaces by byte (a space is always a character of its own): directives are
        // parsed on every page, and Character-wise splitting showed in the render profile.
        if allowElement, !rest.isEmpty, case let word = rest[..<(rest.utf8.firstIndex(of: 0x20) ?? rest.endIndex)], !word.hasPrefix("{") {
            if elements.contains(String(word)) {
                attributes.element = String(word)
            } else if HTMLText.isToken(word) {
                attributes.classes.append(String(word))
            } else {
                return .failure(DirectiveError("`\(word)` is neither an element nor a class name"))
            }
            rest = rest[word.endIndex...].trimmingSpaces
        }
        guard !rest.isEmpty else { return .success(attributes) }
        guard rest.hasPrefix("{"), rest.hasSuffix("}") else {
            return .failure(DirectiveError("attributes must be written `{.class #id}`"))
        }
        for token in rest.dropFirst().dropLast().utf8.split(separator: 0x20).map(Substring.init) {
            let name = token.dropFirst()
            guard HTMLText.isToken(name) else {
                return .failure(DirectiveError("`\(token)` is not a valid attribute (use .class or #id with letters, digits, - and _)"))
            }
            switch token.first {
            case ".": attributes.classes.append(String(name))
            case "#":
                guard attributes.id == nil else { return .failure(DirectiveError("more than one #id")) }
                attributes.id = String(name)
            default:
                return .failure(DirectiveError("`\(token)` is not a valid attribute (use .class or #id)"))
            }
        }
        return .success(attributes)
    }

    /// The opening tag; every part is a checked token, so no escaping is needed beyond it.
    var openTag: String {
        openTag(element)
    }

    func openTag(_ name: String) -> String {
        var tag = "<\(name)"
        if let id { tag += " id=\"\(id)\"" }
        if !classes.isEmpty { tag += " class=\"\(classes.joined(separator: " "))\"" }
        return tag + ">"
    }
}

struct DirectiveError: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}
