/// One theme's figures lined up across outlets: a row per quantity (and place), a column per
/// outlet, each cell the outlet's figures as written, and whether the outlets agree.
public struct FigureTable: Sendable {
    /// A figure with the report it came from and the id of its passage on the article page.
    public struct Entry: Sendable, Hashable {
        public var figure: Figure
        public var outlet: String
        /// Slug of the report's article page.
        public var report: String
        /// Id of the element holding the figure on the article page; nil when not anchored.
        public var anchorID: String?
        /// Position in the dossier's reading order (reports in dossier order, then text order).
        var order: Int
    }

    public struct Row: Sendable {
        public var quantity: Quantity
        /// The place as first written, when the row's figures give one.
        public var place: String?
        /// One list per column of `outlets`, in reading order; empty when the outlet gives none.
        public var cells: [[Entry]]
        public var agreement: FigureAgreement

        public var label: String { quantity.label(place: place) }
        public var entries: [Entry] { cells.flatMap { $0 } }
    }

    public var theme: FigureTheme
    /// Columns: outlets with at least one figure in this table, in dossier order.
    public var outlets: [String]
    public var rows: [Row]

    /// The dossier's tables, one per theme that has figures, themes in order. Unclassified
    /// figures are left out.
    ///
    /// Grouping hashes each figure by (quantity, place): O(n) in the number of figures, plus
    /// O(r log r) to sort the r rows. A figure that names no place joins its quantity's row
    /// when all the others that name one name the same place (a report that says "600 were
    /// evacuated" next to one that says "600 left Homs" is about Homs); with several places
    /// named, it keeps a row of its own rather than being guessed into one.
    public static func tables(for reports: [ReportFigures]) -> [FigureTable] {
        struct Key: Hashable {
            var quantity: Quantity
            var place: String?
        }
        var outletOrder: [String] = []
        var outletIndex: [String: Int] = [:]
        var groups: [(key: Key, place: String?, entries: [Entry])] = []
        var groupIndex: [Key: Int] = [:]
        var order = 0
        for report in reports {
            for (figure, anchorID) in zip(report.figures, report.anchorIDs) where figure.quantity.theme != nil {
                if outletIndex[report.source.outlet] == nil {
                    outletIndex[report.source.outlet] = outletOrder.count
                    outletOrder.append(report.source.outlet)
                }
                let key = Key(quantity: figure.quantity, place: figure.place?.lowercased())
                let entry = Entry(figure: figure, outlet: report.source.outlet, report: report.source.slug, anchorID: anchorID, order: order)
                order += 1
                if let index = groupIndex[key] {
                    groups[index].entries.append(entry)
                } else {
                    groupIndex[key] = groups.count
                    groups.append((key, figure.place, [entry]))
                }
            }
        }

        // Placeless figures join their quantity's single named place.
        var placesByQuantity: [Quantity: [Int]] = [:]
        for (index, group) in groups.enumerated() where group.key.place != nil {
            placesByQuantity[group.key.quantity, default: []].append(index)
        }
        var merged = Array(repeating: false, count: groups.count)
        for (index, group) in groups.enumerated() where group.key.place == nil {
            guard let named = placesByQuantity[group.key.quantity], named.count == 1 else { continue }
            groups[named[0]].entries += group.entries
            merged[index] = true
        }

        var tables: [FigureTable] = []
        for theme in FigureTheme.allCases {
            let members = groups.indices.filter { !merged[$0] && groups[$0].key.quantity.theme == theme }
            guard !members.isEmpty else { continue }
            var used = Set<Int>()
            for index in members {
                for entry in groups[index].entries { used.insert(outletIndex[entry.outlet]!) }
            }
            let columns = used.sorted()
            let column = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($0.element, $0.offset) })
            var rows: [Row] = []
            for index in members {
                let group = groups[index]
                var cells = Array(repeating: [Entry](), count: columns.count)
                for entry in group.entries { cells[column[outletIndex[entry.outlet]!]!].append(entry) }
                for position in cells.indices { cells[position].sort { $0.order < $1.order } }
                let ordered = cells.flatMap { $0 }
                rows.append(Row(quantity: group.key.quantity, place: group.place, cells: cells,
                                agreement: FigureAgreement.assess(ordered)))
            }
            rows.sort { a, b in
                if a.quantity != b.quantity { return a.quantity < b.quantity }
                switch (a.place, b.place) {
                case (nil, nil): return false
                case (nil, _): return true
                case (_, nil): return false
                case let (x?, y?): return x.utf8.lexicographicallyPrecedes(y.utf8)
                }
            }
            tables.append(FigureTable(theme: theme, outlets: columns.map { outletOrder[$0] }, rows: rows))
        }
        return tables
    }
}
