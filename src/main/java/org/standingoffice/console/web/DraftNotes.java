package org.standingoffice.console.web;

import java.util.List;
import java.util.Locale;
import org.standingoffice.desk.DraftView;
import org.standingoffice.drafting.StaffNotesFormat;

/**
 * A machine draft's notes for staff as the question page shows them beside the editor, in the
 * reader's language; every field may be {@code null} or empty for drafts stored before notes were.
 *
 * @param badge a guardrail hit in a few words, to stand out
 * @param reason why the question was escalated, in one sentence
 */
record DraftNotes(String badge, String confidence, String reason, List<String> cautions) {

    static DraftNotes of(DraftView draft, StaffNotesFormat format, Locale locale) {
        if (draft == null) {
            return new DraftNotes(null, null, null, List.of());
        }
        return new DraftNotes(
                format.badge(draft.escalation(), locale).orElse(null),
                draft.notes() == null ? null : format.confidence(draft.notes(), locale),
                format.reason(draft.escalation(), draft.notes(), locale).orElse(null),
                draft.notes() == null ? List.of() : format.cautions(draft.notes(), locale));
    }

    public boolean isEmpty() {
        return badge == null && confidence == null && reason == null && cautions.isEmpty();
    }
}
