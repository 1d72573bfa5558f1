/// Tables, which CommonMark lacks: a fenced code block whose info string is `table`
/// (optionally `table {.class #id}`) holding an optional `caption: …` line and a pipe table:
///
///     ```table {.figures}
///     caption: Human toll
///     | Quantity | U.S. News | Al Arabiya |
///     |---|---|---|
///     | Deaths | roughly 130,00 | over 136,000 |
///     ```
///
/// The header row becomes `<thead>` (`scope="col"`), the first cell of each body row a
/// `<th scope="row">`. Cells are inline Markdown, parsed by cmark and moved into the table
/// through the node API, so they are escaped and safe like the rest of the page. Charts in
/// cells are drawn here, where each row's source line is known for their diagnostics.
enum TableDirective {
    static let infoWord = "table"

    struct Table {
        var caption: String?
        var header: [String]
        var rows: [[String]]
        /// Index in the block's text of the caption, the header and each row.
        var captionLineIndex = 0
        var headerLineIndex = 0
        var rowLineIndexes: [Int] = []
    }

    static func apply(to node: CmarkNode, context: inout RenderContext) {
        let blocks = node.descendants(ofKind: .codeBlock, through: \.holdsBlocks) { $0.fenceInfo.map(isTable) ?? false }
        for block in blocks {
            replace(block, info: block.fenceInfo ?? "", context: &context)
        }
    }

    static func isTable(_ info: String) -> Bool {
        let word = info.split(separator: " ", maxSplits: 1).first ?? ""
        return word == infoWord || word.hasPrefix(infoWord + "{")
    }

    static func replace(_ block: CmarkNode, info: String, context: inout RenderContext) {
        let firstLine = block.startLine + 1 // the fence line itself precedes the content
        let attributesText = info.dropFirst(infoWord.count)
        let attributes: BlockAttributes
        switch BlockAttributes.parse(attributesText, allowElement: false) {
        case .success(let parsed): attributes = parsed
        case .failure(let error):
            context.error(line: block.startLine, "bad table attributes: \(error.message)")
            return
        }
        let table: Table
        switch parse(block.literal ?? "") {
        case .success(let parsed): table = parsed
        case .failure(let failure):
            context.error(line: firstLine + failure.lineIndex, "bad table: \(failure.message)")
            return
        }
        if let id = attributes.id { context.claim(id: id, line: block.startLine) }

        var cells: [Cell] = []
        let element = block.insertBefore(.customBlock)
        element.setCustomHTML(enter: attributes.openTag("table"), exit: "</table>")
        if let caption = table.caption {
            cells.append(Cell(element.appendChild(.customBlock), tag: "caption", markdown: caption, line: firstLine + table.captionLineIndex))
        }
        let head = element.appendChild(.customBlock)
        head.setCustomHTML(enter: "<thead>", exit: "</thead>")
        let headRow = head.appendChild(.customBlock)
        headRow.setCustomHTML(enter: "<tr>", exit: "</tr>")
        for cell in table.header {
            cells.append(Cell(headRow.appendChild(.customBlock), tag: "th", attributes: " scope=\"col\"", markdown: cell,
                              line: firstLine + table.headerLineIndex))
        }
        let body = element.appendChild(.customBlock)
        body.setCustomHTML(enter: "<tbody>", exit: "</tbody>")
        for (row, lineIndex) in zip(table.rows, table.rowLineIndexes) {
            let rowNode = body.appendChild(.customBlock)
            rowNode.setCustomHTML(enter: "<tr>", exit: "</tr>")
            let line = firstLine + lineIndex
            for (index, cell) in row.enumerated() {
                cells.append(index == 0
                    ? Cell(rowNode.appendChild(.customBlock), tag: "th", attributes: " scope=\"row\"", markdown: cell, line: line)
                    : Cell(rowNode.appendChild(.customBlock), tag: "td", markdown: cell, line: line))
            }
        }
        fill(cells, context: &context)
        block.remove()
    }

    /// A cell node of the table being built, and the Markdown it is to hold. `line` is the
    /// cell's line in the page, for the diagnostics of charts in the cell.
    struct Cell {
        var node: CmarkNode
        var markdown: String
        var line: Int

        init(_ node: CmarkNode, tag: String, attributes: String = "", markdown: String, line: Int) {
            node.setCustomHTML(enter: "<\(tag)\(attributes)>", exit: "</\(tag)>")
            self.node = node
            self.markdown = markdown
            self.line = line
        }
    }

    /// Gives each cell its content: its Markdown parsed as one paragraph. Text that would
    /// parse as a block of its own (a lone "-" is a list) is kept as text.
    ///
    /// All cells of a table are parsed as one document, a blank line between them, since a
    /// document per cell cost more than the rest of the table; each block is matched to its
    /// cell by its line. A cell that does not make exactly one block of its own line (an
    /// unclosed fence or comment runs on, a link definition makes none and would reach the
    /// other cells) sends the table back to a document per cell, which isolates each.
    static func fill(_ cells: [Cell], context: inout RenderContext) {
        let filled = cells.filter { !$0.markdown.isEmpty }
        guard !filled.isEmpty else { return }
        let parsed = CmarkDocument(parsing: filled.map(\.markdown).joined(separator: "\n\n"))
        let blocks = parsed.node.children
        let oneBlockEach = blocks.count == filled.count
            && zip(blocks, filled.indices).allSatisfy { block, index in block.startLine == 2 * index + 1 && block.endLine == block.startLine }
        guard oneBlockEach else {
            for cell in filled { fill(cell, blocks: CmarkDocument(parsing: cell.markdown).node.children, context: &context) }
            return
        }
        for (cell, block) in zip(filled, blocks) { fill(cell, blocks: [block], context: &context) }
    }

    static func fill(_ cell: Cell, blocks: [CmarkNode], context: inout RenderContext) {
        if blocks.count == 1, blocks[0].kind == .paragraph {
            cell.node.adoptChildren(of: blocks[0])
            ChartDirective.apply(to: cell.node, line: cell.line, context: &context)
        } else {
            cell.node.appendChild(.text, literal: cell.markdown)
        }
    }

    struct ParseFailure: Error {
        var lineIndex: Int
        var message: String
    }

    /// Parses the block's text. Row widths must match the header: a ragged row is reported,
    /// not padded, because a figure in the wrong column would misattribute it.
    static func parse(_ text: String) -> Result<Table, ParseFailure> {
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
            .map { ($0.offset, Substring($0.element).trimmingSpaces) }
        lines.removeAll { $0.1.isEmpty }
        var caption: String?
        var captionLineIndex = 0
        if let first = lines.first, first.1.hasPrefix("caption:") {
            caption = String(first.1.dropFirst("caption:".count).trimmingSpaces)
            captionLineIndex = first.0
            lines.removeFirst()
        }
        guard lines.count >= 2 else {
            return .failure(ParseFailure(lineIndex: lines.first?.0 ?? 0, message: "needs a header row and a `|---|` line"))
        }
        for (index, line) in lines where !isPipeRow(line) {
            return .failure(ParseFailure(lineIndex: index, message: "every row must start and end with `|`"))
        }
        let header = cells(lines[0].1)
        let delimiter = cells(lines[1].1)
        guard delimiter.count == header.count,
              delimiter.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" } }) else {
            return .failure(ParseFailure(lineIndex: lines[1].0, message: "second row must be `|---|` with one cell per column (\(header.count))"))
        }
        var rows: [[String]] = []
        var rowLineIndexes: [Int] = []
        for (index, line) in lines.dropFirst(2) {
            let row = cells(line)
            guard row.count == header.count else {
                return .failure(ParseFailure(lineIndex: index, message: "row has \(row.count) cells, the header has \(header.count)"))
            }
            rows.append(row)
            rowLineIndexes.append(index)
        }
        return .success(Table(caption: caption, header: header, rows: rows, captionLineIndex: captionLineIndex, headerLineIndex: lines[0].0, rowLineIndexes: rowLineIndexes))
    }

    /// A row starts and ends with `|` and holds two Characters or more. Read on bytes: a pipe
    /// is its own Character unless a non-ASCII scalar beside it joins it, and only then are
    /// Characters asked (every row of every table passes here, and counting Characters
    /// walked the whole row).
    static func isPipeRow(_ line: Substring) -> Bool {
        let utf8 = line.utf8
        guard utf8.count >= 2, utf8.first == UInt8(ascii: "|"), utf8.last == UInt8(ascii: "|") else { return false }
        if utf8[utf8.index(after: utf8.startIndex)] < 0x80, utf8[utf8.index(utf8.endIndex, offsetBy: -2)] < 0x80 { return true }
        return line.hasPrefix("|") && line.hasSuffix("|") && line.count >= 2
    }

    /// Splits `| a | b \| c |` at unescaped pipes; `\|` stays escaped for cmark to unescape.
    /// On bytes: `|` and `\` never occur inside a multi-byte character. `line` starts and ends
    /// with `|`.
    static func cells(_ line: Substring) -> [String] {
        let bytes = Array(line.utf8.dropFirst().dropLast())
        var cells: [String] = []
        var start = 0
        var escaped = false
        for (index, byte) in bytes.enumerated() {
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "|") {
                cells.append(String(String(decoding: bytes[start..<index], as: UTF8.self).trimmingSpaces))
                start = index + 1
            }
        }
        cells.append(String(String(decoding: bytes[start...], as: UTF8.self).trimmingSpaces))
        return cells
    }
}
