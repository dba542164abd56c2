package org.standingoffice.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void prefixesCellsASpreadsheetWouldRunAsAFormula() {
        assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.cell("+cmd")).isEqualTo("'+cmd");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\t=HYPERLINK(x)")).isEqualTo("'\t=HYPERLINK(x)");
        assertThat(Csv.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void leavesNumbersAndOrdinaryTextAlone() {
        assertThat(Csv.cell("-2")).isEqualTo("-2");
        assertThat(Csv.cell("3.5")).isEqualTo("3.5");
        assertThat(Csv.cell("a\tb")).isEqualTo("a\tb");
        assertThat(Csv.cell("Xã An Bình")).isEqualTo("Xã An Bình");
    }
}
