package org.standingoffice.console.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.standingoffice.accounts.StaffAccount;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.desk.Actor;
import org.standingoffice.desk.AuditEvent;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.DeskConflict;
import org.standingoffice.desk.NotAnAssignee;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionNotFound;
import org.standingoffice.desk.QuestionStatistics;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.desk.QuestionView;
import org.standingoffice.drafting.QuoteFormat;
import org.standingoffice.drafting.StaffNotesFormat;
import org.standingoffice.places.UnknownPlace;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievedPassage;
import org.standingoffice.search.Retriever;
import org.standingoffice.telegram.QuestionAttachments;

/**
 * One question and the actions on it. Every action is a POST with the CSRF token that redirects
 * back to the question (post/redirect/get); a refusal from the desk becomes a flash message.
 */
@Controller
class QuestionController {

    /** As many passages as a draft is made from by default. */
    private static final int PASSAGES = 5;
    /** Earlier answers shown for reference; more would push the draft off the screen. */
    private static final int SIMILAR_ANSWERS = 3;
    /** The asker's earlier questions shown beside this one: enough to see a pattern. */
    private static final int ASKED_BEFORE = 10;
    /** Every account of a Standing Office fits; the admin page lists the same number. */
    private static final int ACCOUNTS = 500;

    private final Desk desk;
    private final QuestionStatistics statistics;
    private final MessageSource messages;
    private final Retriever retriever;
    private final StaffDirectory accounts;
    private final QuestionAttachments attachments;
    private final StaffNotesFormat notesFormat;
    private final QuoteFormat quotes;

    QuestionController(
            Desk desk,
            QuestionStatistics statistics,
            Retriever retriever,
            StaffDirectory accounts,
            QuestionAttachments attachments,
            MessageSource messages,
            StaffNotesFormat notesFormat,
            QuoteFormat quotes) {
        this.notesFormat = notesFormat;
        this.quotes = quotes;
        this.desk = desk;
        this.retriever = retriever;
        this.statistics = statistics;
        this.accounts = accounts;
        this.attachments = attachments;
        this.messages = messages;
    }

    @GetMapping("/console/questions/{id}")
    String question(@PathVariable long id, Model model) {
        QuestionView question;
        try {
            question = desk.get(new QuestionId(id));
        } catch (QuestionNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<AuditEvent> history = desk.history(question.id());
        model.addAttribute("question", question);
        model.addAttribute("history", history);
        model.addAttribute("notes", DraftNotes.of(question.draft(), notesFormat, locale));
        model.addAttribute("escalationReasons", escalationReasons(history, locale));
        model.addAttribute("answerStart", AnswerStart.of(question, history));
        model.addAttribute("next", next(question.id()).orElse(null));
        model.addAttribute("attachments", attachments.of(question.id()));
        model.addAttribute("downloadLimit", AttachmentController.LIMIT_MB);
        model.addAttribute("similar", statistics.similarAnswers(question.id(), question.text(), SIMILAR_ANSWERS));
        model.addAttribute("askedBefore", statistics.askedBefore(question.id(), ASKED_BEFORE));
        RetrievalResult found = passages(question);
        model.addAttribute("passages", found.passages());
        // What "Insert" and "Answer with this passage" put in the answer, by passage id: the
        // drafter's own way of quoting, in the asker's language.
        Map<String, String> quoted = new HashMap<>();
        for (RetrievedPassage p : found.passages()) {
            quoted.put(p.passage().id(), quotes.quote(p.passage(), question.language()));
        }
        model.addAttribute("quotes", quoted);
        model.addAttribute("reading", found.reading());
        model.addAttribute(
                "assignees",
                accounts.list(0, ACCOUNTS).stream()
                        .filter(StaffAccount::takesQuestions)
                        .toList());
        return "question";
    }

    @PostMapping("/console/questions/{id}/assign")
    String assign(@PathVariable long id, @RequestParam String assignee, Authentication auth, RedirectAttributes flash) {
        return act(id, auth, flash, "assigned", (question, actor) -> desk.assign(question, assignee, actor));
    }

    @PostMapping("/console/questions/{id}/notes")
    String note(@PathVariable long id, @RequestParam String text, Authentication auth, RedirectAttributes flash) {
        return act(id, auth, flash, "noted", (question, actor) -> desk.note(question, actor, text));
    }

    /** Staff give the place an asker did not (or gave wrongly); a unit unknown is refused with candidates. */
    @PostMapping("/console/questions/{id}/place")
    String place(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String commune,
            @RequestParam(defaultValue = "") String province,
            Authentication auth,
            RedirectAttributes flash) {
        try {
            desk.place(new QuestionId(id), commune, province, Staff.of(auth).actor());
            flash.addFlashAttribute("notice", message("console.action.placed"));
        } catch (QuestionNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (UnknownPlace e) {
            String suggestion = e.candidates().isEmpty()
                    ? ""
                    : " " + message("console.admin.didYouMean", String.join(", ", e.candidates()));
            flash.addFlashAttribute("problem", message("console.question.unknownPlace", commune, province, suggestion));
        }
        return "redirect:/console/questions/" + id;
    }

    @PostMapping("/console/questions/{id}/claim")
    String claim(@PathVariable long id, Authentication auth, RedirectAttributes flash) {
        return act(id, auth, flash, "claimed", desk::claim);
    }

    /**
     * Nothing is sent on the first POST: it shows exactly what the asker will receive, and only the
     * confirmation's POST ({@code confirmed=true}) approves. One key never sends.
     */
    @PostMapping("/console/questions/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Authentication auth,
            Model model,
            RedirectAttributes flash) {
        QuestionView question = found(id);
        // Only what the desk would accept is shown for confirmation; the rest is refused as before.
        if (!confirmed && question.status() == QuestionStatus.AWAITING_APPROVAL) {
            String sent = text == null || text.isBlank()
                    ? question.draft() == null ? "" : question.draft().text()
                    : text;
            return confirmation(model, question, "approve", sent);
        }
        return act(id, auth, flash, "approved", (asked, actor) -> desk.approve(asked, actor, text));
    }

    @PostMapping("/console/questions/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Authentication auth,
            RedirectAttributes flash) {
        return act(id, auth, flash, "rejected", (question, actor) -> desk.reject(question, actor, reason));
    }

    @PostMapping("/console/questions/{id}/escalate")
    String escalate(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Authentication auth,
            RedirectAttributes flash) {
        return act(id, auth, flash, "escalated", (question, actor) -> desk.escalate(question, actor, reason));
    }

    /** Like {@link #approve}: shown first, sent on confirmation. */
    @PostMapping("/console/questions/{id}/answer")
    String answer(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Authentication auth,
            Model model,
            RedirectAttributes flash) {
        QuestionView question = found(id);
        if (!confirmed && !text.isBlank() && question.status() == QuestionStatus.ESCALATED) {
            return confirmation(model, question, "answer", text);
        }
        return act(id, auth, flash, "answered", (asked, actor) -> desk.answer(asked, actor, text));
    }

    /**
     * An escalated question answered from one of the passages shown beside it: the confirmation
     * page with the passage quoted verbatim and cited, sent by its "Send" through {@link #answer}
     * and the desk's rules. Built here from the passage id, so the text is the drafter's quote
     * rule, not whatever the page held.
     */
    @PostMapping("/console/questions/{id}/answer-with-passage")
    String answerWithPassage(
            @PathVariable long id, @RequestParam String passage, Model model, RedirectAttributes flash) {
        QuestionView question = found(id);
        Optional<RetrievedPassage> chosen = passages(question).passages().stream()
                .filter(p -> p.passage().id().equals(passage))
                .findFirst();
        if (chosen.isEmpty()) {
            // Only after a reindex between showing the page and this click.
            flash.addFlashAttribute("problem", message("console.question.passageGone"));
            return "redirect:/console/questions/" + id;
        }
        return confirmation(model, question, "answer", quotes.quote(chosen.get().passage(), question.language()));
    }

    @PostMapping("/console/questions/{id}/close")
    String close(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Authentication auth,
            RedirectAttributes flash) {
        return act(id, auth, flash, "closed", (question, actor) -> desk.close(question, actor, reason));
    }

    private String confirmation(Model model, QuestionView question, String action, String text) {
        model.addAttribute("question", question);
        model.addAttribute("action", action);
        model.addAttribute("text", text);
        return "confirm";
    }

    /**
     * Not stored with the draft: retrieved again (cached until the next reindex), so after a
     * reindex these may differ from what the draft was made from; the citations do not.
     */
    private RetrievalResult passages(QuestionView question) {
        return retriever.retrieve(question.text(), PASSAGES);
    }

    private QuestionView found(long id) {
        try {
            return desk.get(new QuestionId(id));
        } catch (QuestionNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** The reason in words of each escalation the desk made by itself, by audit event id. */
    private Map<Long, String> escalationReasons(List<AuditEvent> history, Locale locale) {
        Map<Long, String> reasons = new HashMap<>();
        for (AuditEvent event : history) {
            if (event.escalation() != null) {
                notesFormat
                        .reason(event.escalation(), null, locale)
                        .ifPresent(reason -> reasons.put(event.id(), reason));
            }
        }
        return reasons;
    }

    /** The open question to work on after this one: the one due first. */
    private Optional<QuestionId> next(QuestionId current) {
        return statistics
                .find(
                        QuestionStatistics.QuestionQuery.inStatus(
                                Set.of(QuestionStatus.AWAITING_APPROVAL, QuestionStatus.ESCALATED)),
                        2)
                .stream()
                .map(QuestionStatistics.QuestionSummary::id)
                .filter(id -> !id.equals(current))
                .findFirst();
    }

    /** What a POST does to the question, as the signed-in member of staff. */
    private interface DeskAction {
        void on(QuestionId question, Actor actor);
    }

    private String act(long id, Authentication auth, RedirectAttributes flash, String done, DeskAction action) {
        try {
            action.on(new QuestionId(id), Staff.of(auth).actor());
            flash.addFlashAttribute("notice", message("console.action." + done));
        } catch (QuestionNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (DeskConflict e) {
            flash.addFlashAttribute("problem", message("console.action.refused", e));
        } catch (NotAnAssignee e) {
            flash.addFlashAttribute("problem", message("api.problem.assignee", e.username()));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("problem", message("console.action.refused", e.getMessage()));
        } catch (OptimisticLockingFailureException e) {
            flash.addFlashAttribute("problem", message("api.problem.changed"));
        }
        return "redirect:/console/questions/" + id;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
