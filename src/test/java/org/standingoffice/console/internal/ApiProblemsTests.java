package org.standingoffice.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ProblemDetail;

class ApiProblemsTests {

    final ApiProblems advice = new ApiProblems(new Problems(messages()));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aChangeThatLostARaceIsAConflictToReload() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));

        ProblemDetail problem = advice.changedMeanwhile(new OptimisticLockingFailureException("row 7, version 3"));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getTitle()).isEqualTo("Xung đột");
        assertThat(problem.getDetail()).contains("tải lại").doesNotContain("row 7");
    }

    @Test
    void anUnexpectedFailureTellsNothingOfItsCause() {
        ProblemDetail problem =
                advice.unexpected(new IllegalStateException("jdbc:h2:file:/secret/office password=hunter2"));

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).doesNotContain("h2", "secret", "hunter2");
        assertThat(problem.getProperties()).isNull();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
