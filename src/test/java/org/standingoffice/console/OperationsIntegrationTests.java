package org.standingoffice.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.standingoffice.accounts.Role;
import org.standingoffice.desk.Actor;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.NewQuestion;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.time.CalendarDay;
import org.standingoffice.time.CalendarYear;
import org.standingoffice.time.OfficeCalendar;

/** Health of the database, index and LLM provider, and the domain metrics Prometheus scrapes. */
class OperationsIntegrationTests extends SharedApiContext {

    final MockMvc mvc;
    final Desk desk;

    @Autowired
    OfficeCalendar calendar;

    @Autowired
    OperationsIntegrationTests(MockMvc mvc, Desk desk) {
        this.mvc = mvc;
        this.desk = desk;
    }

    @Test
    void healthListsTheDatabaseTheIndexAndTheLanguageModel() throws Exception {
        // Up to date: the calendar's own warning is AdminConsoleIntegrationTests' subject.
        calendar.missingAhead()
                .forEach(year -> calendar.save(
                        new CalendarYear(
                                year, List.of(new CalendarDay(LocalDate.of(year, 1, 1), "New Year")), List.of()),
                        "test"));
        String anonymous = mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(anonymous)
                .contains("\"status\":\"UP\"")
                .contains("\"db\"")
                .contains("\"index\"")
                .contains("\"llm\"")
                .doesNotContain("passages");

        String admin = mvc.perform(get("/actuator/health").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(admin).contains("\"passages\"").contains("\"provider\":\"none\"");
    }

    @Test
    void prometheusCountsQuestionsByStageAnswersByOriginAndTimesDrafting() throws Exception {
        QuestionId id = desk.receive(new NewQuestion(
                        "Who must guide the financial management of trade union assets?",
                        null,
                        null,
                        null,
                        null,
                        "api",
                        "metrics",
                        null))
                .id();
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> desk.get(id).status() != QuestionStatus.RECEIVED);
        desk.approve(id, new Actor("admin", Role.ADMIN), null);

        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        String scraped = mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(scraped)
                .contains("office_questions_total{stage=\"received\"}")
                .contains("office_questions_total{stage=\"drafted\"}")
                .contains("office_questions_total{stage=\"approved\"} 1.0")
                .contains("office_answers_total{origin=\"approved\"} 1.0")
                .contains("office_drafting_seconds_count");
    }
}
