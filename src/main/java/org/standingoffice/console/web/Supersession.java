package org.standingoffice.console.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.standingoffice.knowledge.SourceDocument;

/**
 * Which renderings of the knowledge base are still in force. A rendering is not once another
 * document names its number under {@code supersedes} (several numbers may be listed, separated by
 * commas or semicolons), or once the last day of its {@code valid_until} has passed.
 */
final class Supersession {

    /**
     * Where one rendering stands.
     *
     * @param supersededBy the number of the document that supersedes it, or {@code null}
     * @param lapsedAfter its last day in force when that has passed, or {@code null}
     */
    record Standing(String supersededBy, LocalDate lapsedAfter) {

        public boolean isInForce() {
            return supersededBy == null && lapsedAfter == null;
        }
    }

    private final Map<String, String> supersededBy = new HashMap<>();

    Supersession(Collection<SourceDocument> documents) {
        for (SourceDocument document : documents) {
            for (String named : document.supersedes().split("[,;]")) {
                String number = key(named);
                // Renderings share their number: a new version naming it supersedes the others, not itself.
                if (!number.isEmpty() && !number.equals(key(document.number()))) {
                    supersededBy.putIfAbsent(number, document.number());
                }
            }
        }
    }

    Standing of(SourceDocument document, LocalDate today) {
        LocalDate lastDay = document.validUntil();
        return new Standing(
                supersededBy.get(key(document.number())), lastDay != null && lastDay.isBefore(today) ? lastDay : null);
    }

    /** Numbers are compared as people write them: spacing and letter case vary, the number does not. */
    private static String key(String number) {
        return number.strip().toUpperCase(Locale.ROOT);
    }
}
