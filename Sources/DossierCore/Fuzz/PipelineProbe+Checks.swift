extension PipelineProbe {
    /// What extraction found must point into the text it was found in: every position inside
    /// its block, on a character boundary (pages cut the text there), every figure's words
    /// exactly the text at its range, and every `file:line:column` inside the file.
    static func extractionViolations(_ site: Site) -> [String] {
        var violations: [String] = []
        for (report, text) in zip(site.analysed, site.texts) {
            let blocks = report.report.content.blocks
            let name = report.report.source.fileName
            let lineLengths = text.text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count)
            func check(_ block: Int, _ range: Range<Int>, _ what: @autoclosure () -> String) {
                guard blocks.indices.contains(block) else {
                    return violations.append("\(name): \(what()) is in block \(block) of \(blocks.count)")
                }
                let utf8 = Array(blocks[block].text.utf8)
                guard range.lowerBound >= 0, range.upperBound <= utf8.count else {
                    return violations.append("\(name): \(what()) at \(range) lies outside its block of \(utf8.count) bytes")
                }
                for offset in [range.lowerBound, range.upperBound] where offset < utf8.count && utf8[offset] & 0xC0 == 0x80 {
                    violations.append("\(name): \(what()) at \(range) cuts a character at byte \(offset)")
                }
            }
            func check(_ location: SourceLocation, _ what: @autoclosure () -> String) {
                guard location.file == text.path, let line = location.line, let column = location.column,
                      lineLengths.indices.contains(line - 1), column >= 1, column <= lineLengths[line - 1] + 1 else {
                    return violations.append("\(name): \(what()) is placed at \(location), outside the file's \(lineLengths.count) lines")
                }
            }
            if blocks.first?.role != .headline { violations.append("\(name): the first block is not the headline") }
            for quote in report.analysis.quotes {
                for span in quote.spans { check(span.block, span.range, "quote \(quote.id)") }
                check(quote.location, "quote \(quote.id)")
            }
            for figure in report.analysis.figures {
                check(figure.block, figure.range, "figure \(figure.text.debugDescription)")
                check(figure.location, "figure \(figure.text.debugDescription)")
                if blocks.indices.contains(figure.block), blocks[figure.block].text.utf8.count >= figure.range.upperBound, figure.range.lowerBound >= 0 {
                    let written = String(decoding: Array(blocks[figure.block].text.utf8)[figure.range], as: UTF8.self)
                    if written != figure.text { violations.append("\(name): figure \(figure.text.debugDescription) reads \(written.debugDescription) at its range") }
                }
                if let nominal = figure.nominal, !nominal.isFinite { violations.append("\(name): figure \(figure.text.debugDescription) has value \(nominal)") }
                if let lower = figure.value?.lower?.value, let upper = figure.value?.upper?.value, !(lower <= upper) {
                    violations.append("\(name): figure \(figure.text.debugDescription) allows \(lower) to \(upper)")
                }
            }
            for date in report.analysis.dates {
                check(date.block, date.phrase, "date phrase")
                check(date.block, date.sentence, "date sentence")
                if !(date.sentence.lowerBound <= date.phrase.lowerBound && date.phrase.upperBound <= date.sentence.upperBound) {
                    violations.append("\(name): date phrase \(date.phrase) lies outside its sentence \(date.sentence)")
                }
            }
            for actor in report.analysis.actors {
                if actor.mentions.isEmpty { violations.append("\(name): actor \(actor.name.debugDescription) has no mention") }
                for mention in actor.mentions { check(mention.block, mention.range, "mention of \(actor.name.debugDescription)") }
            }
        }
        return violations
    }

    /// Every page safe (`HTMLSafety`), with unique ids; every link between pages leading to a
    /// page of the site and to an id on it; every passage an article marks there as an id.
    static func pageViolations(_ site: Site) -> [String] {
        var violations: [String] = []
        var ids: [String: Set<String>] = [:]
        var links: [(from: String, href: String)] = []
        for (path, page) in site.pages.sorted(by: { $0.key < $1.key }) {
            violations += HTMLSafety.pageViolations(page.html).map { "\(path): \($0)" }
            if let main = page.html.firstRange(of: "<main"), let end = page.html.ranges(of: "</main>").last {
                violations += HTMLSafety.bodyViolations(String(page.html[main.upperBound..<end.lowerBound])).map { "\(path) body: \($0)" }
            }
            let tags = HTMLSafety.scan(page.html).tags
            var seen = Set<String>()
            for id in HTMLSafety.ids(tags) where !seen.insert(id).inserted {
                violations.append("\(path): id `\(id)` is used twice")
            }
            ids[path] = seen
            for tag in tags where tag.name == "a" {
                for (name, value) in tag.attributes where name == "href" { links.append((path, HTMLSafety.decodeEntities(value))) }
            }
        }
        for (from, href) in links where !href.contains(":") {
            let hash = href.firstIndex(of: "#")
            let file = String(href[..<(hash ?? href.endIndex)])
            let fragment = hash.map { percentDecoded(String(href[href.index(after: $0)...])) }
            let target = file.isEmpty ? from : resolve(file, from: from)
            guard target.hasSuffix(".html") else { continue }
            guard let targetIDs = ids[target] else {
                violations.append("\(from): link `\(href)` leads to \(target), which the site does not have")
                continue
            }
            if let fragment, !fragment.isEmpty, !targetIDs.contains(fragment) {
                violations.append("\(from): link `\(href)` leads to no id `\(fragment)` on \(target)")
            }
        }
        guard let dossier = site.dossier else { return violations }
        for report in site.analysed {
            let path = dossier.paths.article(report.report.source.slug)
            let kept = PassageAnchor.nonOverlapping(report.anchors, blocks: report.report.content.blocks).kept
            for anchor in kept where !(ids[path]?.contains(anchor.id) ?? false) {
                violations.append("\(path): the \(anchor.role) passage `\(anchor.id)` is not marked on the page")
            }
        }
        return violations
    }

    /// `../briefing.html` from `articles/x.html` is `briefing.html`.
    static func resolve(_ relative: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case ".": continue
            case "..": if parts.popLast() == nil { return "../" + relative }
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// `%C3%A9` is `é`; a malformed escape stays as written.
    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count,
               let value = UInt8(String(decoding: bytes[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                out.append(value)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
