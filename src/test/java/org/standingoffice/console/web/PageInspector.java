package org.standingoffice.console.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Looks at a console page the way a person would at a given width, and lists what is wrong:
 * sideways scrolling, content wider than its box, text fields too narrow to type in, code names
 * and message keys in the text, and what axe-core (run in the page) finds about labels, names and
 * contrast. Leaves a full-page screenshot. Closing it gives the browser back as it was: no width
 * emulated, axe-core no longer loaded into new pages.
 */
final class PageInspector implements AutoCloseable {

    /** Text fields narrower than this at phone width cannot be typed in comfortably. */
    static final int MIN_TEXT_FIELD_PX = 200;

    /** The axe-core rules checked: every form control named, and text contrast (WCAG 2 AA). */
    static final List<String> AXE_RULES = List.of(
            "label",
            "select-name",
            "button-name",
            "link-name",
            "input-button-name",
            "aria-input-field-name",
            "color-contrast",
            "document-title",
            "html-has-lang",
            "duplicate-id-aria",
            "svg-img-alt",
            "skip-link");

    /**
     * Code names that must never reach a person (whole words, case-sensitive), and the form of a
     * message key or of a message Thymeleaf could not find.
     */
    static final Pattern CODE_NAMES = Pattern.compile("\\b(OFFICIAL|STAFF|MANAGER|ADMIN|RECEIVED|AWAITING_APPROVAL"
            + "|ESCALATED?|ANSWERED|DELIVERED|CLOSED|NOT_IN_DOCUMENTS|OUT_OF_SCOPE|PERSONAL_DATA|PROMPT_INJECTION"
            + "|DRAFTER_UNSURE|extractive|system|conclusion|coverage|status_\\w+|topic:\\w+)\\b|\\bpara\\. \\d");

    static final Pattern MESSAGE_KEY =
            Pattern.compile("\\?\\?[\\w.]+\\?\\?|\\b(console|api|telegram|desk)\\.[a-z]+\\.[\\w.]+");

    private static String axe;

    private final ChromeDriver browser;
    private final Path screenshots;

    /** CDP's identifier of axe-core's source as loaded into every new page; null before the first check. */
    private String axeOnNewPages;

    PageInspector(ChromeDriver browser, Path screenshots) {
        this.browser = browser;
        this.screenshots = screenshots;
    }

    /** Makes the page {@code width} CSS pixels wide, as a phone ({@code mobile}) or a desktop window. */
    void width(int width, boolean mobile) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", mobile ? 844 : 900, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Everything wrong with the page as loaded now; empty when nothing is. */
    List<String> problems(String name, int width, boolean vietnamese) throws IOException {
        List<String> problems = new ArrayList<>();
        JavascriptExecutor js = browser;
        long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
        long viewport = (Long) js.executeScript("return document.documentElement.clientWidth");
        if (scrollWidth > viewport) {
            problems.add("scrolls sideways: " + scrollWidth + " px wide in " + viewport + " px");
        }
        @SuppressWarnings("unchecked")
        List<String> overflowing = (List<String>) js.executeScript("""
                var out = [];
                document.querySelectorAll("main *, header *").forEach(function (e) {
                    if (e.closest("svg, textarea, pre, .skip") || e.getClientRects().length === 0) return;
                    var style = getComputedStyle(e);
                    if (style.overflowX !== "visible" || style.display === "inline") return;
                    if (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0) {
                        out.push(e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className && e.className.baseVal === undefined ? "." + e.className : "")
                            + " " + e.clientWidth + "<" + e.scrollWidth + " '" + e.textContent.trim().slice(0, 40) + "'");
                    }
                });
                return out.slice(0, 10);
                """);
        overflowing.forEach(e -> problems.add("narrower than its content: " + e));
        // A number or word of a table cell split over two lines ("1" above "0" in the # column,
        // "Secretaria" above "t") reads as two: a column must be at least as wide as its words.
        @SuppressWarnings("unchecked")
        List<String> split = (List<String>) js.executeScript("""
                var out = [];
                document.querySelectorAll("main td, main th").forEach(function (cell) {
                    if (cell.closest("svg, textarea, pre") || cell.getClientRects().length === 0) return;
                    var walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT), node;
                    while ((node = walker.nextNode())) {
                        var word = /[\\p{L}\\p{M}\\p{N}]{2,}/gu, m;
                        while ((m = word.exec(node.data))) {
                            var range = document.createRange();
                            range.setStart(node, m.index);
                            range.setEnd(node, m.index + m[0].length);
                            var lines = new Set(Array.from(range.getClientRects())
                                .filter(function (r) { return r.width > 0; })
                                .map(function (r) { return Math.round(r.bottom); }));
                            if (lines.size > 1) out.push(m[0]);
                        }
                    }
                });
                return out.slice(0, 10);
                """);
        split.forEach(word -> problems.add("word split over two lines in a table: " + word));
        if (width < 768) {
            @SuppressWarnings("unchecked")
            List<String> narrow = (List<String>) js.executeScript("""
                    var out = [], min = arguments[0];
                    document.querySelectorAll("textarea, input[type=text], input[type=search], input[type=password], input[type=url], input:not([type])")
                        .forEach(function (e) {
                            var w = e.getBoundingClientRect().width;
                            if (w > 0 && w < min) out.push((e.id || e.name) + " " + Math.round(w) + " px");
                        });
                    return out;
                    """, MIN_TEXT_FIELD_PX);
            narrow.forEach(e -> problems.add("text field too narrow: " + e));
        }
        // Text in a language other than the page's is the documents' or the asker's own words.
        String text = (String) js.executeScript("""
                var copy = document.body.cloneNode(true);
                var lang = document.documentElement.lang;
                copy.querySelectorAll("[lang]").forEach(function (e) { if (e.lang !== lang) e.remove(); });
                copy.querySelectorAll("script, style, .user-text").forEach(function (e) { e.remove(); });
                document.body.appendChild(copy);
                copy.style.position = "absolute";
                var text = copy.innerText;
                copy.remove();
                return text;
                """);
        Matcher key = MESSAGE_KEY.matcher(text);
        while (key.find()) {
            problems.add("message key in the text: " + key.group());
        }
        if (vietnamese) {
            Matcher code = CODE_NAMES.matcher(text);
            while (code.find()) {
                problems.add("code name in the text: " + around(text, code.start()));
            }
        }
        problems.addAll(axe());
        screenshot(name + "-" + width);
        return problems;
    }

    @SuppressWarnings("unchecked")
    private List<String> axe() throws IOException {
        JavascriptExecutor js = browser;
        if (axeOnNewPages == null) {
            // Loaded by the browser into every page opened from now on, instead of sent over WebDriver
            // (half a megabyte) after each page load.
            axeOnNewPages = (String)
                    browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axeSource()))
                            .get("identifier");
        }
        if (!(Boolean) js.executeScript("return typeof axe === 'object'")) {
            js.executeScript(axeSource());
        }
        Map<String, Object> results = (Map<String, Object>) js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'rule', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(function (r) { done({violations: r.violations.map(function (v) {"
                        + "  return v.id + ': ' + v.nodes.slice(0, 5).map(function (n) { return n.target.join(' ') + ' '"
                        + "    + (n.any.concat(n.all)[0] || {message: ''}).message; }).join(' | '); })}); })"
                        + ".catch(function (e) { done({violations: ['axe failed: ' + e]}); });",
                AXE_RULES);
        return ((List<String>) results.get("violations"))
                .stream().map(v -> "axe " + v).toList();
    }

    @Override
    public void close() {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        if (axeOnNewPages != null) {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", axeOnNewPages));
        }
    }

    private static synchronized String axeSource() throws IOException {
        if (axe == null) {
            try (InputStream in = PageInspector.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IOException("axe.min.js is not on the test classpath");
                }
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return axe;
    }

    /**
     * A screenshot of the whole page, not just what fits the window. Encoded for speed rather than size
     * (a larger file, the same pixels): the page checks take a few dozen of them.
     */
    void screenshot(String name) throws IOException {
        Map<String, Object> shot = browser.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "optimizeForSpeed", true));
        Files.write(screenshots.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static String around(String text, int at) {
        int from = Math.max(0, at - 30);
        int to = Math.min(text.length(), at + 30);
        return "…" + text.substring(from, to).replace('\n', ' ') + "…";
    }
}
