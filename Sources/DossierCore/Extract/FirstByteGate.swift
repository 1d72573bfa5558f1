/// The first bytes of a lexicon's words: a word that starts with any other byte is not in the
/// lexicon, which is known without hashing it. The rules that look every word of a report up
/// in a lexicon ask this first.
struct FirstByteGate: Sendable {
    private var starts = [Bool](repeating: false, count: 256)
    private var holdsEmpty = false

    init(_ words: some Sequence<String>) {
        for word in words {
            if let first = word.utf8.first { starts[Int(first)] = true } else { holdsEmpty = true }
        }
    }

    /// False only when `word` is none of the words.
    func mayContain(_ word: String) -> Bool {
        word.utf8.first.map { starts[Int($0)] } ?? holdsEmpty
    }
}
