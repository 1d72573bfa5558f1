import Foundation

/// The JSON of `dossier quotes --json`: stable across runs and machines. Keys are sorted,
/// every field is always present (null when empty), entries keep the listing's order
/// (dossier, then report in manifest order, then reading order). The format string changes
/// whenever a field's meaning does.
extension QuoteListing {
    public static let jsonFormat = "dossier-quotes/1"

    struct Document: Encodable {
        var format: String
        var quotes: [QuoteObject]
    }

    struct QuoteObject: Encodable {
        var dossier: String
        var report: String
        var outlet: String
        var id: String
        var file: String
        var line: Int?
        var column: Int?
        var location: String
        var paragraphs: [Position]
        var kind: String
        var words: String
        var speaker: SpeakerObject?
        var verb: String?
        var rule: String?

        enum CodingKeys: String, CodingKey {
            case dossier, report, outlet, id, file, line, column, location, paragraphs, kind, words, speaker, verb, rule
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(dossier, forKey: .dossier)
            try container.encode(report, forKey: .report)
            try container.encode(outlet, forKey: .outlet)
            try container.encode(id, forKey: .id)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(location, forKey: .location)
            try container.encode(paragraphs, forKey: .paragraphs)
            try container.encode(kind, forKey: .kind)
            try container.encode(words, forKey: .words)
            try container.encode(speaker, forKey: .speaker)
            try container.encode(verb, forKey: .verb)
            try container.encode(rule, forKey: .rule)
        }
    }

    struct Position: Encodable {
        var line: Int?
        var column: Int?

        enum CodingKeys: String, CodingKey { case line, column }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
        }
    }

    struct SpeakerObject: Encodable {
        var name: String
        var kind: String
        var descriptors: [String]
        var members: [String]
        var channel: String?
        var writtenAs: String?

        enum CodingKeys: String, CodingKey {
            case name, kind, descriptors, members, channel
            case writtenAs = "written_as"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(kind, forKey: .kind)
            try container.encode(descriptors, forKey: .descriptors)
            try container.encode(members, forKey: .members)
            try container.encode(channel, forKey: .channel)
            try container.encode(writtenAs, forKey: .writtenAs)
        }
    }

    /// The listing as pretty-printed JSON with sorted keys, ending in a newline.
    public func json() -> String {
        let quotes = entries.map { entry in
            let quote = entry.quote
            return QuoteObject(
                dossier: entry.dossier, report: entry.source.slug, outlet: entry.source.outlet, id: quote.id,
                file: quote.location.file, line: quote.location.line, column: quote.location.column,
                location: quote.location.description,
                paragraphs: entry.spanStarts.map { Position(line: $0.line, column: $0.column) },
                kind: quote.kind.rawValue, words: quote.words,
                speaker: quote.speaker.map { speaker in
                    SpeakerObject(name: speaker.name, kind: speaker.kind.rawValue, descriptors: speaker.descriptors,
                                  members: speaker.members, channel: speaker.channel, writtenAs: speaker.writtenAs)
                },
                verb: quote.verb, rule: quote.rule?.rawValue)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Document(format: Self.jsonFormat, quotes: quotes)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
