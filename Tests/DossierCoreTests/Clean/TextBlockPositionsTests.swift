import Testing
@testable import DossierCore

/// The one-pass position lookup gives exactly what `position(ofUTF8Offset:)` gives.
@Suite struct TextBlockPositionsTests {
    static let blocks: [TextBlock] = [
        TextBlock(role: .body, text: "Plain ASCII text with 600 people.", line: 4, column: 1),
        TextBlock(role: .body, text: "Réfugiés “quoted” — 600 ünïcödé 👩‍👩‍👧 and more", line: 9, column: 3),
        TextBlock(role: .body, text: "First line joined with second line and third", lineStarts: [
            .init(utf8Offset: 0, line: 2, column: 1), .init(utf8Offset: 16, line: 3, column: 1), .init(utf8Offset: 35, line: 4, column: 5),
        ]),
        TextBlock(role: .body, text: "", line: 1),
        // Longer than the spacing of the character marks, with multi-byte characters across them.
        TextBlock(role: .body, text: String(repeating: "Réfugiés 👩‍👩‍👧 ", count: 900), lineStarts: [
            .init(utf8Offset: 0, line: 2, column: 1), .init(utf8Offset: 5_013, line: 3, column: 1), .init(utf8Offset: 20_041, line: 7, column: 2),
        ]),
    ]

    @Test(arguments: blocks)
    func sameAsOneByOne(_ block: TextBlock) {
        let offsets = Array(0...block.text.utf8.count + 2).filter { offset in
            // Offsets at character boundaries, as figures and quotes use, plus past-the-end.
            offset > block.text.utf8.count || block.text.utf8.index(block.text.utf8.startIndex, offsetBy: offset).samePosition(in: block.text) != nil
        }
        let batch = block.positions(ofSortedUTF8Offsets: offsets)
        let single = offsets.map { block.position(ofUTF8Offset: $0) }
        #expect(batch.map(\.line) == single.map(\.line))
        #expect(batch.map(\.column) == single.map(\.column))
    }
}
