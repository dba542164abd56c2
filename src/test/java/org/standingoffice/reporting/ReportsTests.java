package org.standingoffice.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReportsTests {

    @Test
    void thePeriodRunsFromThe26thOfLastMonthToThe25thOfThisOne() {
        assertThat(Reports.periodOf(LocalDate.of(2026, 11, 23)))
                .isEqualTo(new Reports.ReportPeriod(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 25)));
        assertThat(Reports.periodOf(LocalDate.of(2026, 11, 25)).to()).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void afterThe25thThePeriodIsTheNextOneAcrossTheYearEnd() {
        assertThat(Reports.periodOf(LocalDate.of(2026, 12, 26)))
                .isEqualTo(new Reports.ReportPeriod(LocalDate.of(2026, 12, 26), LocalDate.of(2027, 1, 25)));
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndDefusesFormulas() {
        String csv = new Csv()
                .row("id", "text")
                .row(1, "a, \"b\"\nc")
                .row(-2, "=HYPERLINK(x)")
                .row(null, "plain")
                .toString();

        assertThat(csv).startsWith("\uFEFF");
        assertThat(Arrays.asList(csv.substring(1).split("\r\n")))
                .containsExactly("id,text", "1,\"a, \"\"b\"\"\nc\"", "-2,'=HYPERLINK(x)", ",plain");
    }
}
