/// Fenced divs: a top-level paragraph `::: {.class #id}` (or `::: section {.class}`) opens a
/// container, `:::` closes the innermost one. Markers must stand alone, with blank lines
/// around them. Report text is escaped when composed (`\:::`), so only intentional markers
/// in the Markdown source count: the check reads the source line, not the parsed text.
enum FencedDivDirective {
    enum Marker: Equatable {
        case open(BlockAttributes)
        case close
    }

    static func apply(to document: CmarkNode, context: inout RenderContext) {
        var stack: [(node: CmarkNode, line: Int)] = []
        document.forEachChild { child in
            let marker = child.kind == .paragraph ? self.marker(for: child, context: &context) : nil
            switch marker {
            case .open(let attributes)?:
                let container = stack.last.map { $0.node.appendChild(.customBlock) } ?? child.insertBefore(.customBlock)
                container.setCustomHTML(enter: attributes.openTag, exit: "</\(attributes.element)>")
                if let id = attributes.id { context.claim(id: id, line: child.startLine) }
                stack.append((container, child.startLine))
                child.remove()
            case .close?:
                if stack.popLast() == nil {
                    context.error(line: child.startLine, "`:::` closes no open block")
                }
                child.remove()
            case nil:
                if let container = stack.last?.node {
                    container.append(child)
                }
            }
        }
        for open in stack {
            context.error(line: open.line, "`:::` block opened here is never closed")
        }
    }

    /// The marker a paragraph stands for, if its source is one. A marker sharing its
    /// paragraph with text is reported, since cmark would merge the lines.
    static func marker(for paragraph: CmarkNode, context: inout RenderContext) -> Marker? {
        let first = paragraph.startLine, last = paragraph.endLine
        let column = max(1, paragraph.startColumn)
        let line = context.sourceLine(first)
        // Most paragraphs start in column 1: nothing to drop, and no Characters to count.
        let firstLine = column == 1 ? line[...] : line.dropFirst(column - 1)
        guard first == last else {
            for line in first...last where isMarkerLine(line == first ? firstLine : context.sourceLine(line).trimmingSpaces) {
                context.error(line: line, "a `:::` line needs a blank line before and after it")
            }
            return nil
        }
        guard isMarkerLine(firstLine) else { return nil }
        let rest = firstLine.drop { $0 == ":" }.trimmingSpaces
        if rest.isEmpty { return .close }
        switch BlockAttributes.parse(rest) {
        case .success(let attributes): return .open(attributes)
        case .failure(let error):
            context.error(line: first, "bad `:::` block: \(error.message)")
            return nil
        }
    }

    /// Three colons after any spaces, read on bytes: every paragraph's lines are checked.
    static func isMarkerLine(_ line: some StringProtocol) -> Bool {
        var colons = 0
        for byte in line.utf8 {
            if byte == UInt8(ascii: ":") {
                colons += 1
                if colons == 3 { return true }
            } else if byte >= 0x80, colons == 0 {
                return line.trimmingSpaces.hasPrefix(":::") // other white space than ASCII's
            } else if colons > 0 || (byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != 0x0B && byte != 0x0C && byte != 0x0D) {
                return false
            }
        }
        return false
    }
}
