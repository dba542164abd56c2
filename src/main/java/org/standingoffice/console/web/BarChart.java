package org.standingoffice.console.web;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;

/**
 * Values scaled for a server-rendered SVG bar chart: vertical bars with a y-axis ({@code chart}
 * fragment), with {@code second} an optional paired series, or a ranking of horizontal bars
 * ({@code ranking}).
 *
 * <p>The drawing is {@value #WIDTH} units wide and the page shows it between about 340 px (a
 * phone) and 480 px wide, so 15-unit type renders at 12.75–18 px: legible at every width. The
 * plot leaves room above its tallest bar for that bar's value and below for the labels, so
 * nothing is clipped.
 */
record BarChart(List<Bar> bars, long max) {

    static final int WIDTH = 400;
    /** Left edge of the plot: the y-axis and its numbers sit left of it. */
    static final int PLOT_LEFT = 44;

    static final int PLOT_TOP = 22;
    static final int PLOT_BOTTOM = 180;
    static final int HEIGHT = 210;

    private static final int RANKING_ROW = 26;
    private static final int RANKING_BAR_LEFT = 190;
    private static final double RANKING_BAR_WIDTH = 160;

    record Bar(String label, long value, long second) {}

    static BarChart of(List<Bar> bars) {
        long max = bars.stream()
                .mapToLong(b -> Math.max(b.value(), b.second()))
                .max()
                .orElse(0);
        return new BarChart(bars, niceMax(max));
    }

    /** The {@code limit} largest counts, in the order given (callers pass them most first), labelled. */
    static BarChart top(Map<String, Long> counts, int limit, UnaryOperator<String> label) {
        return of(counts.entrySet().stream()
                .limit(limit)
                .map(e -> new Bar(label.apply(e.getKey()), e.getValue(), 0))
                .toList());
    }

    /** The axis's top: the largest value rounded up to 1, 2 or 5 times a power of ten (at least 1). */
    static long niceMax(long max) {
        if (max <= 1) {
            return 1;
        }
        long power = 1;
        while (power * 10 < max) {
            power *= 10;
        }
        for (long step : new long[] {1, 2, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** The numbers on the y-axis: 0, half the top when it is whole, and the top. */
    public List<Long> ticks() {
        return max % 2 == 0 ? List.of(0L, max / 2, max) : List.of(0L, max);
    }

    /** Where a value sits on the y-axis. */
    public double y(long value) {
        return PLOT_BOTTOM - height(value);
    }

    /** A bar's height in the plot. */
    public double height(long value) {
        return (double) (PLOT_BOTTOM - PLOT_TOP) * value / max;
    }

    public double slot() {
        return bars.isEmpty() ? 0 : (double) (WIDTH - PLOT_LEFT) / bars.size();
    }

    /** Left edge of bar {@code index}'s slot. */
    public double x(int index) {
        return PLOT_LEFT + index * slot();
    }

    public boolean paired() {
        return bars.stream().anyMatch(b -> b.second() > 0);
    }

    /** Whether bar {@code index} is labelled: all when they fit, else every so many, the first included. */
    public boolean labelled(int index) {
        long every = LongStream.iterate(1, n -> n + 1)
                .filter(n -> slot() * n >= 48)
                .findFirst()
                .orElse(1);
        return index % every == 0;
    }

    /** Values are written over the bars when there is room for them. */
    public boolean valuesShown() {
        return slot() >= 28;
    }

    /** A vertical chart's label, short enough for its slot; the bar's tooltip has it whole. */
    public String shortLabel(String label) {
        int room = Math.max(4, (int) (slot() / 8));
        return bars.size() <= 12 && label.length() > room ? label.substring(0, room - 1) + "…" : label;
    }

    /** Length of a ranking's bar. */
    public double width(long value) {
        return RANKING_BAR_WIDTH * value / max;
    }

    public int rankingBarLeft() {
        return RANKING_BAR_LEFT;
    }

    /** Top of row {@code index} of a ranking. */
    public int row(int index) {
        return index * RANKING_ROW;
    }

    /** Height of the whole ranking. */
    public int rankingHeight() {
        return Math.max(bars.size(), 1) * RANKING_ROW + 6;
    }

    /** A label short enough for the ranking's label column; the bar's tooltip has it whole. */
    public String clip(String label) {
        return label.length() <= 22 ? label : label.substring(0, 21) + "…";
    }
}
