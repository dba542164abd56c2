package org.standingoffice.console.web;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Values scaled for a server-rendered SVG bar chart: vertical bars ({@code chart} fragment), with
 * {@code second} an optional paired series, or a ranking of horizontal bars ({@code ranking}).
 */
record BarChart(List<Bar> bars, long max) {

    /** Rows of a ranking, and the drawing width its bars share with their labels. */
    private static final int RANKING_ROW = 24;

    private static final double RANKING_BAR_WIDTH = 330;

    record Bar(String label, long value, long second) {}

    static BarChart of(List<Bar> bars) {
        long max = bars.stream()
                .mapToLong(b -> Math.max(b.value(), b.second()))
                .max()
                .orElse(0);
        return new BarChart(bars, Math.max(max, 1));
    }

    /** The {@code limit} largest counts, in the order given (callers pass them most first), labelled. */
    static BarChart top(Map<String, Long> counts, int limit, UnaryOperator<String> label) {
        return of(counts.entrySet().stream()
                .limit(limit)
                .map(e -> new Bar(label.apply(e.getKey()), e.getValue(), 0))
                .toList());
    }

    /** Height in the chart's 100-unit drawing area. */
    public double height(long value) {
        return 100.0 * value / max;
    }

    public double slot() {
        return bars.isEmpty() ? 0 : 600.0 / bars.size();
    }

    public boolean paired() {
        return bars.stream().anyMatch(b -> b.second() > 0);
    }

    /** Length of a ranking's bar. */
    public double width(long value) {
        return RANKING_BAR_WIDTH * value / max;
    }

    /** Top of row {@code index} of a ranking. */
    public int row(int index) {
        return index * RANKING_ROW;
    }

    /** Height of the whole ranking. */
    public int rankingHeight() {
        return Math.max(bars.size(), 1) * RANKING_ROW + 4;
    }

    /** A label short enough for the ranking's label column; the bar's tooltip has it whole. */
    public String clip(String label) {
        return label.length() <= 26 ? label : label.substring(0, 25) + "…";
    }
}
