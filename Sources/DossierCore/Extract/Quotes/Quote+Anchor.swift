extension Quote {
    /// The passages an article page anchors for `quotes`: the first span of each quotation
    /// gets the quotation's id (`q-3`), the paragraphs a long quotation runs on into get
    /// `q-3-2`, `q-3-3`, so every quoted paragraph is marked but links go to where it starts.
    public static func anchors(for quotes: [Quote]) -> [PassageAnchor] {
        quotes.flatMap { quote in
            quote.spans.enumerated().map { index, span in
                PassageAnchor(block: span.block, range: span.range, id: index == 0 ? quote.id : "\(quote.id)-\(index + 1)", role: "quote")
            }
        }
    }
}
