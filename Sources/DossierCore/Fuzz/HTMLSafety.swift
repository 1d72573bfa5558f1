/// What the fuzzer asks of every page: report text never becomes markup, and nothing on a
/// page can run code. A small tag scanner, not an HTML parser: Dossier's pages are written
/// by cmark, the directives and the templates, all of which escape `<` in text, so every `<`
/// on a page opens a tag, a comment or a doctype.
enum HTMLSafety {
    struct Tag: Equatable {
        var name: String
        var isClosing: Bool
        var attributes: [(name: String, value: String)]

        static func == (lhs: Tag, rhs: Tag) -> Bool {
            lhs.name == rhs.name && lhs.isClosing == rhs.isClosing
                && lhs.attributes.map(\.name) == rhs.attributes.map(\.name) && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
        }
    }

    /// Elements that run code, load things or change the page around them: never in a body.
    static let forbiddenInBody: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link", "meta",
        "form", "input", "button", "textarea", "select", "template", "noscript", "foreignobject", "use", "animate", "set",
    ]
    /// The same on a whole page, where the template's own `<style>`, `<meta>` and `<link>` belong.
    static let forbiddenInPage: Set<String> = [
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "foreignobject", "use",
    ]
    /// Attributes whose value is followed or loaded as an address.
    static let urlAttributes: Set<String> = ["href", "src", "xlink:href", "action", "formaction", "srcset", "poster", "data", "background"]

    /// Problems of HTML rendered from Markdown (the page body).
    static func bodyViolations(_ html: String) -> [String] {
        violations(html, forbidden: forbiddenInBody)
    }

    /// Problems of a laid-out page: the body's, and a `<style>` the page's values cannot leave.
    static func pageViolations(_ html: String) -> [String] {
        violations(html, forbidden: forbiddenInPage)
    }

    static func violations(_ html: String, forbidden: Set<String>) -> [String] {
        let (tags, problems) = scan(html)
        var found = problems
        for tag in tags {
            if forbidden.contains(tag.name) { found.append("forbidden element <\(tag.isClosing ? "/" : "")\(tag.name)>") }
            for (name, value) in tag.attributes {
                if name.hasPrefix("on") { found.append("event handler attribute `\(name)` on <\(tag.name)>") }
                if name == "style" { found.append("style attribute on <\(tag.name)>") }
                if urlAttributes.contains(name), let scheme = dangerousScheme(value) {
                    found.append("`\(scheme)` address in \(name) of <\(tag.name)>: \(value)")
                }
            }
        }
        return found
    }

    /// The tags of `html` in order, and what could not be read as a tag.
    /// `<style>` content is raw text: it is checked to be a closed CSS declaration instead.
    static func scan(_ html: String) -> (tags: [Tag], problems: [String]) {
        let bytes = Array(html.utf8)
        var tags: [Tag] = []
        var problems: [String] = []
        var i = 0
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        func context(_ at: Int) -> String { text(max(0, at - 40)..<min(bytes.count, at + 40)).debugDescription }
        while let open = bytes[i...].firstIndex(of: UInt8(ascii: "<")) {
            i = open + 1
            if bytes[i...].starts(with: "!--".utf8) {
                guard let end = find("-->", in: bytes, from: i + 3) else {
                    problems.append("unclosed comment at \(context(open))")
                    break
                }
                i = end + 3
                continue
            }
            if bytes[i...].starts(with: "!".utf8) {
                guard let end = bytes[i...].firstIndex(of: UInt8(ascii: ">")) else {
                    problems.append("unclosed declaration at \(context(open))")
                    break
                }
                i = end + 1
                continue
            }
            let isClosing = i < bytes.count && bytes[i] == UInt8(ascii: "/")
            if isClosing { i += 1 }
            let nameStart = i
            while i < bytes.count, isNameByte(bytes[i]) { i += 1 }
            guard i > nameStart, bytes[nameStart] >= 0x41 else {
                problems.append("a `<` that opens no tag (unescaped text) at \(context(open))")
                continue
            }
            var tag = Tag(name: text(nameStart..<i).lowercased(), isClosing: isClosing, attributes: [])
            var closed = false
            while i < bytes.count {
                while i < bytes.count, isSpace(bytes[i]) { i += 1 }
                guard i < bytes.count else { break }
                if bytes[i] == UInt8(ascii: ">") { closed = true; i += 1; break }
                if bytes[i] == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: ">") { closed = true; i += 2; break }
                let attributeStart = i
                while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: ">"),
                      bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "'"), bytes[i] != UInt8(ascii: "<") { i += 1 }
                guard i > attributeStart else {
                    problems.append("unexpected `\(text(i..<i + 1))` in <\(tag.name)> at \(context(i))")
                    i += 1
                    continue
                }
                let name = text(attributeStart..<i).lowercased()
                var value = ""
                if i < bytes.count, bytes[i] == UInt8(ascii: "=") {
                    i += 1
                    if i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                        let quote = bytes[i]
                        guard let end = bytes[(i + 1)...].firstIndex(of: quote) else {
                            problems.append("unclosed attribute value in <\(tag.name)> at \(context(i))")
                            i = bytes.count
                            break
                        }
                        value = text((i + 1)..<end)
                        i = end + 1
                    } else {
                        let valueStart = i
                        while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                        value = text(valueStart..<i)
                    }
                }
                tag.attributes.append((name, value))
            }
            guard closed else {
                problems.append("unclosed tag <\(tag.name) at \(context(open))")
                break
            }
            tags.append(tag)
            if tag.name == "style", !tag.isClosing {
                guard let end = find("</style", in: bytes, from: i) else {
                    problems.append("unclosed <style> at \(context(open))")
                    break
                }
                problems += styleProblems(text(i..<end))
                i = end
            }
        }
        return (tags, problems)
    }

    /// `<style>` content may hold CSS strings (the running title); each must be closed on
    /// its line and nothing in it may look like the end of the element.
    static func styleProblems(_ css: String) -> [String] {
        var problems: [String] = []
        if css.contains("<") { problems.append("`<` inside <style>: \(css.debugDescription)") }
        var inString = false
        var escaped = false
        for scalar in css.unicodeScalars {
            if escaped { escaped = false; continue }
            switch scalar {
            case "\\": escaped = true
            case "\"": inString.toggle()
            case "\n" where inString: problems.append("line break inside a CSS string: \(css.debugDescription)")
            default: break
            }
        }
        if inString { problems.append("unclosed CSS string in <style>: \(css.debugDescription)") }
        return problems
    }

    /// `javascript`, `vbscript` or `data` when `value` (an attribute as written) leads there;
    /// nil for every other address. Browsers decode entities and skip controls and spaces
    /// before they read the scheme, so this does too. cmark's safe mode lets images of a few
    /// raster types through as `data:`; those cannot run code.
    static func dangerousScheme(_ value: String) -> String? {
        let decoded = decodeEntities(value).unicodeScalars.filter { $0.value > 0x20 }.map { Character($0) }
        let lowered = String(decoded).lowercased()
        for scheme in ["javascript:", "vbscript:", "data:"] where lowered.hasPrefix(scheme) {
            let safeImages = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
            if scheme == "data:", safeImages.contains(where: lowered.hasPrefix) { return nil }
            return String(scheme.dropLast())
        }
        return nil
    }

    /// Named entities HTML escaping uses and numeric ones, decimal or hexadecimal.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            let end = rest.firstIndex(of: ";")
            let body = end.map { rest[rest.index(after: rest.startIndex)..<$0] } ?? ""
            var scalar: Unicode.Scalar?
            switch body {
            case "amp": scalar = "&"
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            case "colon": scalar = ":"
            default:
                if body.hasPrefix("#x") || body.hasPrefix("#X") {
                    scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if body.hasPrefix("#") {
                    scalar = UInt32(body.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
                }
            }
            if let scalar, let end {
                out.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: end)...]
            } else {
                out += "&"
                rest = rest.dropFirst()
            }
        }
        return out + rest
    }

    /// Every `id` of a page, in order.
    static func ids(_ tags: [Tag]) -> [String] {
        tags.flatMap { $0.attributes.filter { $0.name == "id" }.map { decodeEntities($0.value) } }
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x3A
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    static func find(_ needle: String, in bytes: [UInt8], from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard start <= bytes.count, pattern.count <= bytes.count else { return nil }
        var i = start
        while i + pattern.count <= bytes.count {
            if bytes[i] == pattern[0], bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }
}
