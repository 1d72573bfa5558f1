import Testing
@testable import DossierCore

@Suite struct WordGateTests {
    @Test func onlyWordsWithAnEntrysFirstByteAndLengthMayBeIn() {
        let gate = WordGate(["may", "june", "übermorgen"])
        #expect(gate.mayContain("may") && gate.mayContain("mad") && gate.mayContain("jump") && gate.mayContain("überfallen"))
        #expect(!gate.mayContain("march") && !gate.mayContain("jul") && !gate.mayContain("april") && !gate.mayContain(""))
        #expect(!gate.mayContain("Ωmega") && !gate.mayContain("über"))
        #expect(gate.mayContain("Úbermorgen"), "the first byte of Ú is that of ü: a gate, not a look-up")
        #expect(WordGate(["", "a"]).mayContain(""))
    }

    /// Lengths from 31 bytes up share one bit: a long entry lets every long word through.
    @Test func longWordsShareALength() {
        let gate = WordGate([String(repeating: "x", count: 40)])
        #expect(gate.mayContain(String(repeating: "x", count: 31)) && gate.mayContain(String(repeating: "x", count: 90)))
        #expect(!gate.mayContain(String(repeating: "x", count: 30)))
    }

    /// A gate never turns away a word of its lexicon, for every lexicon the extractors gate.
    @Test func everyGatedLexiconPassesItsOwnWords() {
        let lexicons: [(String, [String], WordGate)] = [
            ("number words", Array(NumberParser.wordStarts), NumberParser.wordStartGate),
            ("date openers", Array(DateMentionExtractor.Scanner.openers), DateMentionExtractor.Scanner.openerGate),
            ("locatives", Array(PlaceLexicon.locatives), PlaceLexicon.locativeGate),
            ("settlement nouns", Array(PlaceLexicon.settlementNouns), PlaceLexicon.settlementNounGate),
            ("institution nouns", Array(ActorLexicon.institutionHeads.keys), InstitutionFinder.headGate),
        ]
        for (name, words, gate) in lexicons {
            #expect(!words.isEmpty)
            let refused = words.filter { !gate.mayContain($0) }
            #expect(refused.isEmpty, "\(name): \(refused)")
        }
    }

    /// Each cue phrase of the figure tables is still found from its first word.
    @Test func everyCuePhraseStartsAPhrase() {
        for (table, cues) in [(QuantityLexicon.countTable, QuantityLexicon.countCues), (QuantityLexicon.durationTable, QuantityLexicon.durationCues)] {
            for (phrase, _) in cues {
                let tokens = WordTokenizer.tokens(phrase)
                #expect(table.startsPhrase(tokens[0]) && table.match(in: tokens, at: 0) != nil, "\(phrase)")
            }
        }
    }
}
