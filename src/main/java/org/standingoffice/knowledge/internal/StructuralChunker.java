package org.standingoffice.knowledge.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a cleaned document into sections along its own structure: Markdown headings, Vietnamese
 * legal divisions (Chương, Mục, Điều, khoản, điểm), "Article N", numbered points and their
 * "(1)"/"(i)" sub-points — also when those sub-points run inline in one paragraph, as translated
 * conclusions often print them. A marker counts only when it continues its sequence, so a
 * parenthetical "(2025)" or a line starting "15. " inside prose does not open a section; an
 * article marker only when written as a heading, so a line citing "Article 5 of Decree …" does
 * not. Unnumbered text becomes one section per paragraph; short title-like lines become headings,
 * and the title line under a bare "Chương I" joins its number.
 */
public final class StructuralChunker {

    /** A section's own text and what it sits under. */
    public record Chunk(String section, String heading, String text) {}

    /** A chunk and the order in which its section opened, so parents precede their sub-points. */
    private record Opened(int order, Chunk chunk) {}

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.+)$");
    private static final Pattern CHAPTER = Pattern.compile(
            "^(?<marker>(?:Chương|CHƯƠNG|Chapter|Kapitel)\\s+[IVXLCDM\\d]+)\\b\\s*[.:]?\\s*(?<title>.*)$");
    private static final Pattern VI_SECTION =
            Pattern.compile("^(?<marker>(?:Mục|MỤC)\\s+\\d+)\\b\\s*[.:]?\\s*(?<title>.*)$");
    // A heading puts a stop or colon after the number ("Điều 1. Phạm vi điều chỉnh") or stands
    // alone with its title on the next line; prose citing an act ("Article 5 of Decree…") does neither.
    private static final Pattern ARTICLE =
            Pattern.compile("^(Điều|Article|Artikel)\\s+(\\d+[a-zđ]?)(?:\\s*[.:]|\\s*$)\\s*(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.\\s+(.+)$");
    private static final Pattern LETTERED = Pattern.compile("^([a-zđ])\\)\\s+(.+)$");
    private static final Pattern PARENTHESISED = Pattern.compile("^\\((\\d{1,2}|[ivx]{1,5})\\)\\s*(.*)$");
    private static final Pattern INLINE_MARKER = Pattern.compile("(?<=^|[\\s:;.,])\\((\\d{1,2}|[ivx]{1,5})\\)\\s+");
    private static final String VIETNAMESE_LETTERS = "abcdđeghiklmnopqrstuvxy";
    private static final int LEAD_CHARS = 160;
    private static final int MAX_HEADING_WORDS = 14;

    private final int tinyChars;

    public StructuralChunker(int tinyChars) {
        this.tinyChars = tinyChars;
    }

    public List<Chunk> chunk(List<String> lines) {
        return new Run().chunk(lines);
    }

    /** The state of one pass over one document. */
    private final class Run {
        private final List<Opened> chunks = new ArrayList<>();
        private final Deque<Node> open = new ArrayDeque<>();
        private final List<String> headings = new ArrayList<>();
        private final Map<SectionKind, Integer> topLevelCounters = new EnumMap<>(SectionKind.class);
        private int paragraphs;
        private int opened;
        private boolean awaitingTitle;

        List<Chunk> chunk(List<String> lines) {
            lines.forEach(this::line);
            closeAll();
            return chunks.stream()
                    .sorted(Comparator.comparingInt(Opened::order))
                    .map(Opened::chunk)
                    .toList();
        }

        private void line(String line) {
            Matcher markdown = MARKDOWN_HEADING.matcher(line);
            if (markdown.matches()) {
                String title = markdown.group(2).strip();
                if (!structural(title)) {
                    heading(markdown.group(1).length(), title);
                }
                return;
            }
            if (!structural(line)) {
                text(line);
            }
        }

        /** Handles a line that opens a division; false when it is none. */
        private boolean structural(String line) {
            Matcher chapter = CHAPTER.matcher(line);
            if (chapter.matches()) {
                division(1, chapter);
                return true;
            }
            Matcher section = VI_SECTION.matcher(line);
            if (section.matches()) {
                division(2, section);
                return true;
            }
            Matcher article = ARTICLE.matcher(line);
            if (article.matches()) {
                closeAll();
                boolean vietnamese = article.group(1).equals("Điều");
                openNode(new Node(SectionKind.ARTICLE, article.group(2), vietnamese), article.group(3));
                return true;
            }
            Matcher numbered = NUMBERED.matcher(line);
            if (numbered.matches() && openNumbered(numbered.group(1), numbered.group(2))) {
                return true;
            }
            Matcher lettered = LETTERED.matcher(line);
            if (lettered.matches() && openChild(SectionKind.LETTER, lettered.group(1), lettered.group(2))) {
                return true;
            }
            Matcher parenthesised = PARENTHESISED.matcher(line);
            return parenthesised.matches()
                    && openChild(kindOf(parenthesised.group(1)), parenthesised.group(1), parenthesised.group(2));
        }

        /** A chapter or Mục heading; a bare "Chương I" takes the title-like line after it as its title. */
        private void division(int level, Matcher division) {
            String title = division.group("title");
            heading(level, title.isEmpty() ? division.group("marker") : division.group());
            awaitingTitle = title.isEmpty();
        }

        private boolean openNumbered(String number, String rest) {
            Node article = find(SectionKind.ARTICLE);
            if (article != null) {
                return openChild(SectionKind.CLAUSE, number, rest);
            }
            int value = Integer.parseInt(number);
            int last = topLevelCounters.getOrDefault(SectionKind.POINT, 0);
            if (value != 1 && value != last + 1) {
                return false;
            }
            closeAll();
            topLevelCounters.put(SectionKind.POINT, value);
            openNode(new Node(SectionKind.POINT, number, false), rest);
            return true;
        }

        /** Opens a sub-division under the innermost open section that can hold it, if in sequence. */
        private boolean openChild(SectionKind kind, String value, String rest) {
            for (Node parent : open) {
                if (canHold(parent.kind, kind)) {
                    if (!parent.isNext(kind, value)) {
                        return false;
                    }
                    while (open.peek() != parent) {
                        close(open.pop());
                    }
                    parent.hasChildren = true;
                    parent.lastChild.put(kind, value);
                    openNode(new Node(kind, value, parent.vietnamese), rest);
                    return true;
                }
            }
            return false;
        }

        private void openNode(Node node, String rest) {
            awaitingTitle = false;
            node.order = ++opened;
            open.push(node);
            if (!rest.isBlank()) {
                text(rest);
            }
        }

        /** Plain text: split at inline sub-point markers, else appended to the innermost section. */
        private void text(String line) {
            Matcher inline = INLINE_MARKER.matcher(line);
            while (inline.find()) {
                if (inline.start() > 0 && isNextInlineMarker(inline.group(1))) {
                    append(line.substring(0, inline.start()).strip());
                    String value = inline.group(1);
                    openChild(kindOf(value), value, line.substring(inline.end()));
                    return;
                }
            }
            append(line);
        }

        private boolean isNextInlineMarker(String value) {
            SectionKind kind = kindOf(value);
            for (Node parent : open) {
                if (canHold(parent.kind, kind)) {
                    return parent.isNext(kind, value);
                }
            }
            return false;
        }

        private void append(String text) {
            if (text.isEmpty()) {
                return;
            }
            if (open.isEmpty()) {
                if (looksLikeHeading(text)) {
                    if (awaitingTitle) {
                        completeDivision(text);
                    } else {
                        heading(headings.isEmpty() ? 1 : headings.size(), text);
                    }
                    return;
                }
                openNode(new Node(SectionKind.PARAGRAPH, Integer.toString(++paragraphs), false), text);
                close(open.pop());
                return;
            }
            StringBuilder target = open.peek().text;
            if (!target.isEmpty()) {
                target.append('\n');
            }
            target.append(text);
        }

        /** Joins the number and the title, as in "Chương I. NHỮNG QUY ĐỊNH CHUNG", so neither is lost. */
        private void completeDivision(String title) {
            int last = headings.size() - 1;
            headings.set(last, headings.get(last) + ". " + title);
            awaitingTitle = false;
        }

        private void heading(int level, String title) {
            awaitingTitle = false;
            closeAll();
            while (headings.size() >= level) {
                headings.remove(headings.size() - 1);
            }
            headings.add(title);
        }

        private void closeAll() {
            while (!open.isEmpty()) {
                close(open.pop());
            }
        }

        private void close(Node node) {
            String text = node.text.toString().strip();
            boolean onlyIntroducesChildren = node.hasChildren && text.length() < tinyChars;
            if (text.isEmpty() || onlyIntroducesChildren) {
                return;
            }
            List<SectionPath.Step> steps = new ArrayList<>();
            open.descendingIterator().forEachRemaining(ancestor -> steps.add(ancestor.step()));
            steps.add(node.step());
            chunks.add(new Opened(node.order, new Chunk(new SectionPath(steps).label(), headingContext(), text)));
        }

        /** The headings above the open sections, then each open section's lead sentence. */
        private String headingContext() {
            List<String> context = new ArrayList<>(headings);
            open.descendingIterator().forEachRemaining(ancestor -> context.add(ancestor.lead()));
            context.removeIf(String::isBlank);
            return String.join(" › ", context);
        }

        private Node find(SectionKind kind) {
            return open.stream().filter(node -> node.kind == kind).findFirst().orElse(null);
        }
    }

    /** An open section: its marker, its own text so far, and the last marker of each child kind. */
    private static final class Node {
        final SectionKind kind;
        final String value;
        final boolean vietnamese;
        final StringBuilder text = new StringBuilder();
        final Map<SectionKind, String> lastChild = new EnumMap<>(SectionKind.class);
        boolean hasChildren;
        int order;

        Node(SectionKind kind, String value, boolean vietnamese) {
            this.kind = kind;
            this.value = value;
            this.vietnamese = vietnamese;
        }

        SectionPath.Step step() {
            return new SectionPath.Step(kind, value, vietnamese);
        }

        boolean isNext(SectionKind childKind, String childValue) {
            String last = lastChild.get(childKind);
            return childValue.equals(successor(childKind, last));
        }

        String lead() {
            String own = text.toString().strip();
            int end = own.indexOf('\n');
            String firstLine = end < 0 ? own : own.substring(0, end);
            return firstLine.length() <= LEAD_CHARS
                    ? firstLine
                    : firstLine.substring(0, LEAD_CHARS).strip() + "…";
        }
    }

    private static SectionKind kindOf(String marker) {
        return Character.isDigit(marker.charAt(0)) ? SectionKind.SUBPOINT : SectionKind.ITEM;
    }

    private static boolean canHold(SectionKind parent, SectionKind child) {
        return switch (child) {
            case CLAUSE -> parent == SectionKind.ARTICLE;
            case LETTER -> parent == SectionKind.ARTICLE || parent == SectionKind.CLAUSE || parent == SectionKind.POINT;
            case SUBPOINT -> parent == SectionKind.POINT || parent == SectionKind.CLAUSE;
            case ITEM -> parent == SectionKind.POINT || parent == SectionKind.SUBPOINT || parent == SectionKind.LETTER;
            default -> false;
        };
    }

    /** The marker that follows {@code last} in a sequence of {@code kind}; the first when none. */
    static String successor(SectionKind kind, String last) {
        return switch (kind) {
            case CLAUSE, SUBPOINT -> last == null ? "1" : Integer.toString(Integer.parseInt(last) + 1);
            case LETTER ->
                last == null
                        ? "a"
                        : String.valueOf(VIETNAMESE_LETTERS.charAt(
                                Math.min(VIETNAMESE_LETTERS.indexOf(last) + 1, VIETNAMESE_LETTERS.length() - 1)));
            case ITEM -> RomanNumerals.toRoman(last == null ? 1 : RomanNumerals.fromRoman(last) + 1);
            default -> throw new IllegalArgumentException("no sequence for " + kind);
        };
    }

    private static boolean looksLikeHeading(String line) {
        String[] words = line.split("\\s+");
        char last = line.charAt(line.length() - 1);
        return words.length >= 2
                && words.length <= MAX_HEADING_WORDS
                && Character.isUpperCase(line.codePointAt(0))
                && Character.isLetterOrDigit(last);
    }
}
