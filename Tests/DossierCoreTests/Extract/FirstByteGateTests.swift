import Testing
@testable import DossierCore

@Suite struct FirstByteGateTests {
    @Test func onlyWordsStartingWithAnEntrysFirstByteMayBeIn() {
        let gate = FirstByteGate(["may", "june", "übermorgen"])
        #expect(gate.mayContain("may") && gate.mayContain("march") && gate.mayContain("jul") && gate.mayContain("über"))
        #expect(!gate.mayContain("april") && !gate.mayContain("") && !gate.mayContain("Ωmega"))
        #expect(gate.mayContain("Úber"), "the first byte of Ú is that of ü: a gate, not a look-up")
        #expect(FirstByteGate(["", "a"]).mayContain(""))
    }
}
