package org.standingoffice.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BarChartTests {

    @Test
    void theAxisEndsAtARoundNumberAtOrAboveTheLargestValue() {
        assertThat(BarChart.niceMax(0)).isEqualTo(1);
        assertThat(BarChart.niceMax(1)).isEqualTo(1);
        assertThat(BarChart.niceMax(2)).isEqualTo(2);
        assertThat(BarChart.niceMax(3)).isEqualTo(5);
        assertThat(BarChart.niceMax(7)).isEqualTo(10);
        assertThat(BarChart.niceMax(10)).isEqualTo(10);
        assertThat(BarChart.niceMax(11)).isEqualTo(20);
        assertThat(BarChart.niceMax(130)).isEqualTo(200);
    }

    @Test
    void theTallestBarLeavesRoomAboveItForItsValue() {
        BarChart chart = BarChart.of(List.of(new BarChart.Bar("a", 7, 0), new BarChart.Bar("b", 10, 0)));

        assertThat(chart.y(10)).isEqualTo(BarChart.PLOT_TOP);
        // The value is written 5 units above the bar, in 15-unit type: still inside the drawing.
        assertThat(chart.y(10) - 5 - 15).isGreaterThanOrEqualTo(0);
        assertThat(chart.ticks()).containsExactly(0L, 5L, 10L);
    }

    @Test
    void aMonthOfDaysIsLabelledEverySoManyDaysStartingWithTheFirst() {
        BarChart month = BarChart.of(IntStream.range(0, 30)
                .mapToObj(d -> new BarChart.Bar("11-" + d, d, d))
                .toList());

        assertThat(month.labelled(0)).isTrue();
        long labels = IntStream.range(0, 30).filter(month::labelled).count();
        // Each label ("11-08", about 40 units in 15-unit type) gets at least 48 units.
        assertThat(month.slot() * 30 / labels).isGreaterThanOrEqualTo(48);
        assertThat(month.valuesShown()).isFalse();
    }
}
