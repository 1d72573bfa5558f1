import Testing
@testable import DossierCore

@Suite struct CivilDateTests {
    @Test func parsesOnlyRealCalendarDates() {
        #expect(CivilDate(iso: "2014-02-10")?.long == "10 February 2014")
        #expect(CivilDate(iso: "2014-02-29") == nil)
        #expect(CivilDate(iso: "2016-02-29") != nil)
        #expect(CivilDate(iso: "2014-2-10") == nil)
        #expect(CivilDate(iso: "１２３４-02-10") == nil)
        for malformed in ["", "2014-02-10 ", " 2014-02-10", "2014-02-1a", "2014/02/10", "2014-0210-", "+014-02-10", "2014-02-\u{661}0", "0000-01-01"] {
            #expect(CivilDate(iso: malformed) == nil, "\(malformed.debugDescription)")
        }
        #expect(CivilDate(iso: "0001-01-01")?.iso == "0001-01-01")
    }

    @Test func weekdaysAndDayArithmeticAgreeWithTheCalendar() {
        let date = CivilDate(iso: "2014-02-10")!
        #expect(date.weekdayName == "Monday")
        #expect(date.adding(days: -3).iso == "2014-02-07")
        #expect(date.adding(days: 20).iso == "2014-03-02")
        #expect(CivilDate(iso: "1970-01-01")!.daysSinceEpoch == 0)
        #expect(CivilDate(daysSinceEpoch: date.daysSinceEpoch) == date)
    }
}
