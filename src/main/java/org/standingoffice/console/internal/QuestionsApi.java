package org.standingoffice.console.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.standingoffice.accounts.StaffAccount;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.console.ConsoleProperties;
import org.standingoffice.desk.Asker;
import org.standingoffice.desk.AuditAction;
import org.standingoffice.desk.AuditEvent;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.NewQuestion;
import org.standingoffice.desk.Outcome;
import org.standingoffice.desk.QuestionFilter;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionPage;
import org.standingoffice.desk.QuestionRefused;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.desk.QuestionView;
import org.standingoffice.drafting.Escalation;
import org.standingoffice.drafting.QuoteFormat;
import org.standingoffice.telegram.TelegramNames;

/**
 * Questions over HTTP. Which roles may call an endpoint is decided by {@link ApiSecurity}; here,
 * what an official may see: only the questions they asked through the API. Someone else's
 * question answers 404, exactly like a missing one, so ticket numbers reveal nothing.
 */
@RestController
@RequestMapping(path = "/api/v1/questions", produces = "application/json")
@Tag(name = "Questions", description = "Ask questions and work them through the help desk")
class QuestionsApi {

    /** The channel of questions asked here; the asker reference is the account's user name. */
    static final String CHANNEL = "api";

    private final Desk desk;
    private final StaffDirectory directory;
    private final ConsoleProperties properties;
    private final QuoteFormat quotes;
    private final TelegramNames names;

    QuestionsApi(
            Desk desk,
            StaffDirectory directory,
            ConsoleProperties properties,
            QuoteFormat quotes,
            TelegramNames names) {
        this.names = names;
        this.desk = desk;
        this.directory = directory;
        this.properties = properties;
        this.quotes = quotes;
    }

    record AskRequest(
            @NotBlank(message = "{api.validation.text.required}")
            @Size(max = QuestionRefused.MAX_TEXT, message = "{api.validation.text.size}")
            String text,

            @Size(max = 200, message = "{api.validation.name.size}")
            String askerName,

            @Size(max = 200, message = "{api.validation.name.size}")
            String commune,

            @Size(max = 200, message = "{api.validation.name.size}")
            String province,

            @Schema(description = "ISO 639-1 code; detected when absent", example = "vi")
            @Pattern(regexp = "[a-z]{2}", message = "{api.validation.language}")
            String language) {}

    record ReviseRequest(
            @NotBlank(message = "{api.validation.text.required}")
            @Size(max = QuestionRefused.MAX_TEXT, message = "{api.validation.text.size}")
            String text) {}

    record ApproveRequest(
            @Schema(description = "the text to send instead of the draft; the draft when absent")
            @Size(max = 20000, message = "{api.validation.answer.size}")
            String text) {}

    record ReasonRequest(
            @NotBlank(message = "{api.validation.reason.required}")
            @Size(max = 2000, message = "{api.validation.reason.size}")
            String reason) {}

    record OptionalReasonRequest(
            @Size(max = 2000, message = "{api.validation.reason.size}")
            String reason) {}

    record AnswerRequest(
            @NotBlank(message = "{api.validation.answer.required}")
            @Size(max = 20000, message = "{api.validation.answer.size}")
            String text) {}

    record NoteRequest(
            @NotBlank(message = "{api.validation.note.required}")
            @Size(max = Desk.NOTE_LIMIT, message = "{api.validation.note.size}")
            String text) {}

    record AssignRequest(
            @NotBlank(message = "{api.validation.assignee.required}")
            @Size(max = 60, message = "{api.validation.assignee.required}")
            String assignee) {}

    @Schema(name = "QuestionList")
    record QuestionListResponse(List<QuestionResponse> items, int page, int size, long total) {}

    @Schema(name = "QuestionEvent")
    record EventResponse(
            long id,
            AuditAction action,
            String actor,

            @Schema(
                    description = "the name the actor registered with the channel they acted through"
                            + " (an official's name, a Telegram staff member's); staff only, absent when"
                            + " {@code actor} is that name")
            String actorName,

            @Schema(description = "where the actor acted: console, api, telegram; absent for the service itself")
            String channel,

            Instant at,
            QuestionStatus from,
            QuestionStatus to,
            String detail,

            @Schema(description = "what became of the draft, for the actions that decide it")
            Outcome outcome,

            @Schema(description = "why the decision escalated, when the desk escalated by itself")
            Escalation escalation) {

        static EventResponse of(AuditEvent event, String actorName) {
            return new EventResponse(
                    event.id(),
                    event.action(),
                    event.actor(),
                    actorName,
                    event.channel(),
                    event.at(),
                    event.from(),
                    event.to(),
                    event.detail(),
                    event.outcome(),
                    event.escalation());
        }
    }

    @PostMapping
    @Operation(
            summary = "Ask a question",
            description = "Any signed-in account may ask. The question is stored before the answer returns;"
                    + " drafting follows in the background (poll the question until it leaves RECEIVED).")
    @ApiResponse(responseCode = "201", description = "stored; Location names the question")
    ResponseEntity<QuestionResponse> ask(
            @Valid @RequestBody AskRequest request, @AuthenticationPrincipal StaffPrincipal caller) {
        StaffAccount account = caller.account();
        QuestionView question = desk.receive(new NewQuestion(
                request.text(),
                request.askerName() == null ? account.displayName() : request.askerName(),
                request.commune(),
                request.province(),
                request.language(),
                CHANNEL,
                account.username(),
                account.office()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(question.id().value())
                .toUri();
        return ResponseEntity.created(location).body(QuestionResponse.of(question, caller, quotes));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One question",
            description = "Status, draft with citations (staff), final answer, due time. Officials see only"
                    + " their own questions; others answer 404.")
    QuestionResponse get(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal caller) {
        return QuestionResponse.of(visible(id, caller), caller, quotes);
    }

    @GetMapping
    @Operation(summary = "List questions, newest first", description = "Officials get only their own questions.")
    QuestionListResponse list(
            @RequestParam(required = false) QuestionStatus status,
            @RequestParam(required = false) String office,
            @RequestParam(defaultValue = "0")
                    @Min(value = 0, message = "{api.validation.page}")
                    @Max(value = QuestionPage.MAX_PAGE, message = "{api.validation.page}")
                    int page,
            @Parameter(description = "1–100; the configured default when absent")
                    @RequestParam(required = false)
                    @Min(value = 1, message = "{api.validation.size}")
                    @Max(value = 100, message = "{api.validation.size}")
                    Integer size,
            @AuthenticationPrincipal StaffPrincipal caller) {
        QuestionFilter filter = caller.isAsker()
                ? new QuestionFilter(status, office, CHANNEL, caller.getUsername())
                : new QuestionFilter(status, office, null, null);
        QuestionPage found = desk.list(filter, page, size == null ? properties.pageSize() : size);
        return new QuestionListResponse(
                found.questions().stream()
                        .map(question -> QuestionResponse.of(question, caller, quotes))
                        .toList(),
                found.page(),
                found.size(),
                found.total());
    }

    @GetMapping("/{id}/events")
    @Operation(
            summary = "The question's audit trail, oldest first",
            description = "Staff, or the official who asked it; the asker does not see staff's internal notes.")
    List<EventResponse> events(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal caller) {
        QuestionView question = visible(id, caller);
        return desk.history(question.id()).stream()
                .filter(event -> !(caller.isAsker() && event.internal()))
                .map(event -> event(event, caller))
                .toList();
    }

    @PostMapping("/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add an internal note to the question's history (staff)",
            description = "Notes are for staff only; the asker never sees them. Allowed in any status.")
    EventResponse note(
            @PathVariable long id,
            @Valid @RequestBody NoteRequest request,
            @AuthenticationPrincipal StaffPrincipal caller) {
        return event(desk.note(new QuestionId(id), caller.actor(), request.text()), caller);
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Claim the question so that nobody else works on it (staff)")
    QuestionResponse claim(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal caller) {
        return QuestionResponse.of(desk.claim(new QuestionId(id), caller.actor()), caller, quotes);
    }

    @PostMapping("/{id}/assign")
    @Operation(
            summary = "Give the question to a staff member (staff)",
            description = "Managers and admins may take it from whoever holds it.")
    QuestionResponse assign(
            @PathVariable long id,
            @Valid @RequestBody AssignRequest request,
            @AuthenticationPrincipal StaffPrincipal caller) {
        return QuestionResponse.of(desk.assign(new QuestionId(id), request.assignee(), caller.actor()), caller, quotes);
    }

    @PostMapping("/{id}/approve")
    @Operation(
            summary = "Approve the draft and send it (staff)",
            description = "With a body {\"text\"}, that text is sent instead of the draft.")
    QuestionResponse approve(
            @PathVariable long id,
            @Valid @RequestBody(required = false) ApproveRequest request,
            @AuthenticationPrincipal StaffPrincipal caller) {
        String edited = request == null ? null : request.text();
        return QuestionResponse.of(desk.approve(new QuestionId(id), caller.actor(), edited), caller, quotes);
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject the draft; the question goes to staff to answer (staff)")
    QuestionResponse reject(
            @PathVariable long id,
            @Valid @RequestBody ReasonRequest request,
            @AuthenticationPrincipal StaffPrincipal caller) {
        return QuestionResponse.of(desk.reject(new QuestionId(id), caller.actor(), request.reason()), caller, quotes);
    }

    @PostMapping("/{id}/escalate")
    @Operation(summary = "Escalate: the documents do not answer it, a person must (staff)")
    QuestionResponse escalate(
            @PathVariable long id,
            @Valid @RequestBody ReasonRequest request,
            @AuthenticationPrincipal StaffPrincipal caller) {
        return QuestionResponse.of(desk.escalate(new QuestionId(id), caller.actor(), request.reason()), caller, quotes);
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "Answer an escalated question in your own words (staff)")
    QuestionResponse answer(
            @PathVariable long id,
            @Valid @RequestBody AnswerRequest request,
            @AuthenticationPrincipal StaffPrincipal caller) {
        return QuestionResponse.of(desk.answer(new QuestionId(id), caller.actor(), request.text()), caller, quotes);
    }

    @PostMapping("/{id}/close")
    @Operation(
            summary = "Close the question; nothing more happens to it (staff)",
            description = "A question that was never answered needs a reason, kept in its history.")
    QuestionResponse close(
            @PathVariable long id,
            @Valid @RequestBody(required = false) OptionalReasonRequest request,
            @AuthenticationPrincipal StaffPrincipal caller) {
        return QuestionResponse.of(
                desk.close(new QuestionId(id), caller.actor(), request == null ? null : request.reason()),
                caller,
                quotes);
    }

    @PostMapping("/{id}/revise")
    @Operation(
            summary = "Edit the question before it is answered (the asker)",
            description = "The old text stays in the audit trail; a draft awaiting approval is drafted again."
                    + " Only the account that asked the question may edit it.")
    QuestionResponse revise(
            @PathVariable long id,
            @Valid @RequestBody ReviseRequest request,
            @AuthenticationPrincipal StaffPrincipal caller) {
        return QuestionResponse.of(desk.revise(new QuestionId(id), asker(caller), request.text()), caller, quotes);
    }

    @PostMapping("/{id}/reopen")
    @Operation(
            summary = "The answer did not resolve it: back to staff (the asker)",
            description = "Only the account that asked the question may reopen it.")
    QuestionResponse reopen(
            @PathVariable long id,
            @Valid @RequestBody(required = false) OptionalReasonRequest request,
            @AuthenticationPrincipal StaffPrincipal caller) {
        String reason = request == null ? null : request.reason();
        return QuestionResponse.of(desk.reopen(new QuestionId(id), asker(caller), reason), caller, quotes);
    }

    /** The question, if the caller may see it; otherwise as absent as a missing one. */
    private QuestionView visible(long id, StaffPrincipal caller) {
        QuestionId question = new QuestionId(id);
        return caller.isAsker() ? desk.get(question, asker(caller)) : desk.get(question);
    }

    /** An account asking through the API is known there by its user name. */
    private static Asker asker(StaffPrincipal caller) {
        return new Asker(CHANNEL, caller.getUsername());
    }

    /** Staff read who acted by name; the asker reads no staff member's name. */
    private EventResponse event(AuditEvent event, StaffPrincipal caller) {
        return EventResponse.of(
                event, caller.isAsker() ? null : names.nameOf(event.actor()).orElse(null));
    }
}
