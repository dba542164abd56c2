package org.standingoffice.drafting;

/**
 * One of the best passages a draft was made from, as staff see it beside the draft: where it is
 * and how it begins, verbatim.
 *
 * @param section the passage's label, e.g. {@code 4(2)}
 * @param language the document's language (ISO 639-1)
 * @param excerpt the passage's opening words exactly as the document has them, ending in "…" when
 *     the passage goes on
 * @param namedBy how the document is named when its number is a placeholder, else {@code null}
 */
public record PassageExcerpt(
        String document, String section, String title, String language, String excerpt, Issuance namedBy) {

    /** The excerpt of a document whose number is the official one. */
    public PassageExcerpt(String document, String section, String title, String language, String excerpt) {
        this(document, section, title, language, excerpt, null);
    }

    /** Where the excerpt is, to cite it the way a draft would. */
    public Citation citation() {
        return new Citation(document, section, namedBy);
    }

    /** The opening of {@code text}, at most {@code limit} characters, cut after a whole word. */
    public static String opening(String text, int limit) {
        String flat = text.strip();
        if (flat.length() <= limit) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', limit - 1);
        return flat.substring(0, cut > limit / 2 ? cut : limit - 1).stripTrailing() + "…";
    }
}
