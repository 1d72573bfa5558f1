/// The sheet a printed briefing is laid out on.
///
/// The site's stylesheet never sets `@page { size }`: a reader printing from a browser keeps the
/// paper their printer uses. Only `dossier pdf`, which has no printer to ask, states the size,
/// in its private print copy of the briefing (see `PrintCopy`). The stylesheet's margins are in
/// millimetres chosen to suit both sheets.
public enum PaperSize: String, Sendable, CaseIterable {
    case a4
    case letter

    /// The `@page { size: … }` keyword.
    public var cssKeyword: String {
        switch self {
        case .a4: "A4"
        case .letter: "letter"
        }
    }

    /// How a person names the sheet.
    public var label: String {
        switch self {
        case .a4: "A4"
        case .letter: "US Letter"
        }
    }

    /// Width and height in PostScript points (1/72 in), as PDF page boxes state them.
    public var points: (width: Double, height: Double) {
        switch self {
        case .a4: (595.28, 841.89)
        case .letter: (612, 792)
        }
    }
}
