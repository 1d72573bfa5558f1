import Foundation

/// Every figure of a set of dossiers as a list: one line per figure for people, or JSON for
/// tools (`dossier figures --json`). The JSON has one shape: every key is always present
/// (`null` when empty) and keys are sorted, so output is byte-for-byte stable.
public struct FigureListing: Sendable {
    /// One figure with the report it came from.
    public struct Entry: Sendable, Encodable {
        public var dossier: String
        public var outlet: String
        public var report: String
        public var figure: Figure

        enum CodingKeys: String, CodingKey {
            case dossier, outlet, report, file, line, column, location, block, role, utf8Start, utf8End
            case text, number, nominal, value, vague, hedge, increment, unit, quantity, place, malformed
        }

        struct HedgeJSON: Encodable {
            var text: String
            var relation: Hedge.Relation
            var symbol: String
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(dossier, forKey: .dossier)
            try container.encode(outlet, forKey: .outlet)
            try container.encode(report, forKey: .report)
            try container.encode(figure.location.file, forKey: .file)
            try container.encode(figure.location.line, forKey: .line)
            try container.encode(figure.location.column, forKey: .column)
            try container.encode(figure.location.description, forKey: .location)
            try container.encode(figure.block, forKey: .block)
            try container.encode(figure.role, forKey: .role)
            try container.encode(figure.range.lowerBound, forKey: .utf8Start)
            try container.encode(figure.range.upperBound, forKey: .utf8End)
            try container.encode(figure.text, forKey: .text)
            try container.encode(figure.number, forKey: .number)
            try container.encode(figure.nominal, forKey: .nominal)
            try container.encode(figure.value, forKey: .value)
            try container.encode(figure.isVague, forKey: .vague)
            try container.encode(figure.hedge.map { HedgeJSON(text: $0.text, relation: $0.relation, symbol: $0.relation.symbol) }, forKey: .hedge)
            try container.encode(figure.isIncrement, forKey: .increment)
            try container.encode(figure.unit, forKey: .unit)
            try container.encode(figure.quantity, forKey: .quantity)
            try container.encode(figure.place, forKey: .place)
            try container.encode(figure.malformation, forKey: .malformed)
        }
    }

    public var entries: [Entry]

    /// `figures[i]` are the figures of the i-th report, dossier by dossier, in manifest order.
    public init(dossiers: [Dossier], figures: [[Figure]]) {
        var entries: [Entry] = []
        var next = 0
        for dossier in dossiers {
            for report in dossier.reports {
                let found = next < figures.count ? figures[next] : []
                next += 1
                entries += found.map { Entry(dossier: dossier.title, outlet: report.source.outlet, report: report.source.slug, figure: $0) }
            }
        }
        self.entries = entries
    }

    /// `file:line:column: quantity [@ place]: "text" range unit; hedge; outlet`, one figure a line.
    public func text() -> String {
        entries.map(Self.line).joined(separator: "\n")
    }

    static func line(_ entry: Entry) -> String {
        let figure = entry.figure
        var parts: [String] = []
        var head = "\(figure.location): \(figure.quantity.rawValue)"
        if let place = figure.place { head += " @ \(place)" }
        head += ": \u{201C}\(figure.text)\u{201D}"
        if let value = figure.value {
            head += " \(FigureWording.interval(value, unit: figure.unit))"
        } else {
            head += " unreadable"
        }
        if figure.unit != .unspecified { head += " \(figure.unit.rawValue)" }
        parts.append(head)
        parts.append(figure.hedge.map { "hedge \u{201C}\($0.text)\u{201D} (\($0.relation.symbol))" } ?? "no hedge (=)")
        if figure.isVague { parts.append("vague amount") }
        if figure.isIncrement { parts.append("increment") }
        if figure.role != .body { parts.append(figure.role.rawValue) }
        if let malformation = figure.malformation {
            var note = "\u{26A0} malformed: \(malformation.reason)"
            if let reading = malformation.obviousReading { note += " (obvious reading: \(reading))" }
            parts.append(note)
        }
        parts.append(entry.outlet)
        return parts.joined(separator: "; ")
    }

    /// `{"figures": [...], "format": 1}` with sorted keys.
    public func json() throws -> String {
        struct Document: Encodable {
            var format = 1
            var figures: [Entry]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(Document(figures: entries))
        return String(decoding: data, as: UTF8.self)
    }
}
