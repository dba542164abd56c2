package org.standingoffice.console.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.standingoffice.accounts.AccountExists;
import org.standingoffice.desk.DeskConflict;
import org.standingoffice.desk.NotAnAssignee;
import org.standingoffice.desk.QuestionNotFound;
import org.standingoffice.desk.QuestionRefused;
import org.standingoffice.places.UnknownPlace;

/**
 * Every API error as an RFC 9457 problem ({@code application/problem+json}) in the caller's
 * language (Accept-Language; English when we do not speak it). Invalid fields are listed under
 * {@code errors}. Unexpected failures are logged here and answered with a bare 500: no exception
 * text or stack trace reaches the caller.
 */
@RestControllerAdvice(assignableTypes = {QuestionsApi.class, AccountsApi.class, InvitesApi.class})
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    /** One invalid field or parameter. */
    record FieldProblem(String field, String message) {}

    private final Problems problems;

    ApiProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(QuestionNotFound.class)
    ProblemDetail notFound(QuestionNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "api.problem.question-not-found");
    }

    @ExceptionHandler(DeskConflict.class)
    ProblemDetail conflict(DeskConflict e) {
        return problem(HttpStatus.CONFLICT, "api.problem.conflict", e);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail changedMeanwhile(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "api.problem.changed");
    }

    @ExceptionHandler(AccountExists.class)
    ProblemDetail accountExists(AccountExists e) {
        return problem(HttpStatus.CONFLICT, "api.problem.account-exists", e.username());
    }

    /** The asker's commune or province is not a unit after the merger; the candidates are close ones. */
    @ExceptionHandler(UnknownPlace.class)
    ProblemDetail unknownPlace(UnknownPlace e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.problem.unknown-place", e.getMessage());
        problem.setProperty("candidates", e.candidates());
        return problem;
    }

    /** A question text the desk does not register: the reason in the caller's language. */
    @ExceptionHandler(QuestionRefused.class)
    ProblemDetail questionRefused(QuestionRefused e) {
        String code = switch (e.reason()) {
            case EMPTY -> "api.problem.question-empty";
            case TOO_LONG -> "api.problem.question-too-long";
            case NO_LETTERS -> "api.problem.question-no-letters";
        };
        return problem(HttpStatus.BAD_REQUEST, code, QuestionRefused.MAX_TEXT);
    }

    @ExceptionHandler(NotAnAssignee.class)
    ProblemDetail notAnAssignee(NotAnAssignee e) {
        return problem(HttpStatus.BAD_REQUEST, "api.problem.assignee", e.username());
    }

    /** The desk and the directory check their input too; their reasons are meant for people. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "api.problem.invalid", e.getMessage());
    }

    @ExceptionHandler(ApiRefusal.class)
    ProblemDetail refused(ApiRefusal e) {
        return problem(e.status(), e.messageCode(), e.arguments());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "api.problem.forbidden");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("API request failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.internal");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return invalidFields(errors, headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof FieldError fieldError ? fieldError.getField() : name;
                errors.add(new FieldProblem(field, error.getDefaultMessage()));
            }
        });
        return invalidFields(errors, headers);
    }

    /** Spring MVC's own problems (unreadable body, wrong method…) get localised titles too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            problem.setTitle(problems.title(HttpStatusCode.valueOf(problem.getStatus()), locale()));
        }
        return response;
    }

    private ResponseEntity<Object> invalidFields(List<FieldProblem> errors, HttpHeaders headers) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.problem.validation");
        problem.setProperties(Map.of("errors", errors));
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    private ProblemDetail problem(HttpStatusCode status, String code, Object... arguments) {
        return problems.of(status, locale(), code, arguments);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
