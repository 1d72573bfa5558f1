/// Which of the names one actor goes by to show: the fullest. An expansion beats its
/// initialism ("United Nations" over "U.N."), more words beat fewer ("Lakhdar Brahimi" over
/// "Brahimi"), then longer beats shorter ("Bashar al-Assad" over "Bashar Assad"); among
/// equals, the one given most often, then the first given.
enum ActorName {
    /// `names` in the order they were given, repeats included (they count as votes).
    static func fullest(_ names: [String]) -> String? {
        var votes: [String: Int] = [:]
        var order: [String] = []
        for name in names {
            if votes[name] == nil { order.append(name) }
            votes[name, default: 0] += 1
        }
        func rank(_ name: String) -> (Int, Int, Int, Int) {
            (SpeakerIdentity.isInitialism(name) ? 0 : 1, SpeakerIdentity.nameWords(name).count, name.count, votes[name] ?? 0)
        }
        return order.enumerated().max { a, b in
            let x = rank(a.element), y = rank(b.element)
            return x != y ? x < y : a.offset > b.offset
        }?.element
    }
}
