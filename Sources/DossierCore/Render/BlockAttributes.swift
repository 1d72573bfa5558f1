/// The `{.class #id}` attributes of a directive, and the element it opens.
struct BlockAttributes: Equatable {
    var element = "div"
    var id: String?
    var classes: [String] = []

    /// Elements a fenced div may open; any other bare word is a class (as in Pandoc).
    static let elements: Set<String> = ["div", "section", "aside", "header", "footer", "figure", "figcaption", "nav"]

    /// Parses `section {.panel #brahimi}`, `{.dek}`, or `panel`. Returns nil with a reason.
    static func parse(_ text: Substring, allowElement: Bool = true) -> Result<BlockAttributes, DirectiveError> {
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
