package org.standingoffice.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffDirectory;

/**
 * Who may call what: every role against every endpoint. The question and account named do not
 * exist, so a permitted call ends in 404 or 400 behind security and changes nothing; a refused
 * one is 403 before it reaches a controller.
 */
class RoleMatrixIntegrationTests extends SharedApiContext {

    static final String MISSING = "/api/v1/questions/987654";
    static final Set<Role> EVERYONE = Set.of(Role.values());
    static final Set<Role> STAFF = Set.of(Role.STAFF, Role.MANAGER, Role.ADMIN);
    static final Set<Role> ADMIN = Set.of(Role.ADMIN);

    /** One endpoint, called so that a permitted call changes nothing. */
    enum Endpoint {
        ASK(
                EVERYONE,
                () -> post("/api/v1/questions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"\"}")),
        LIST(EVERYONE, () -> get("/api/v1/questions")),
        GET(EVERYONE, () -> get(MISSING)),
        EVENTS(EVERYONE, () -> get(MISSING + "/events")),
        REVISE(EVERYONE, () -> json(MISSING + "/revise", "{\"text\": \"Who guides it?\"}")),
        REOPEN(EVERYONE, () -> post(MISSING + "/reopen")),
        CLAIM(STAFF, () -> post(MISSING + "/claim")),
        ASSIGN(STAFF, () -> json(MISSING + "/assign", "{\"assignee\": \"matrix-staff\"}")),
        APPROVE(STAFF, () -> post(MISSING + "/approve")),
        REJECT(STAFF, () -> json(MISSING + "/reject", "{\"reason\": \"wrong point\"}")),
        ESCALATE(STAFF, () -> json(MISSING + "/escalate", "{\"reason\": \"not in the documents\"}")),
        ANSWER(STAFF, () -> json(MISSING + "/answer", "{\"text\": \"The commune does.\"}")),
        CLOSE(STAFF, () -> post(MISSING + "/close")),
        CREATE_ACCOUNT(ADMIN, () -> json("/api/v1/accounts", "{\"username\": \"No Such Name!\"}")),
        LIST_ACCOUNTS(ADMIN, () -> get("/api/v1/accounts")),
        SOMEONE_ELSES_ACCOUNT(ADMIN, () -> get("/api/v1/accounts/matrix-nobody")),
        SOMEONE_ELSES_TOKEN(ADMIN, () -> post("/api/v1/accounts/matrix-nobody/token")),
        SOMEONE_ELSES_PASSWORD(ADMIN, () -> json("/api/v1/accounts/matrix-nobody/password", "{\"password\": \"x\"}"));

        final Set<Role> allowed;
        /** A new request each time: builders collect headers. */
        final Supplier<MockHttpServletRequestBuilder> request;

        Endpoint(Set<Role> allowed, Supplier<MockHttpServletRequestBuilder> request) {
            this.allowed = allowed;
            this.request = request;
        }

        private static MockHttpServletRequestBuilder json(String path, String body) {
            return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        }
    }

    /** One API token per role; tokens skip bcrypt, which keeps the matrix fast. */
    static final Map<Role, String> tokens = new EnumMap<>(Role.class);

    final MockMvc mvc;
    final StaffDirectory directory;

    @Autowired
    RoleMatrixIntegrationTests(MockMvc mvc, StaffDirectory directory) {
        this.mvc = mvc;
        this.directory = directory;
    }

    @BeforeEach
    void accounts() {
        if (tokens.isEmpty()) {
            for (Role role : Role.values()) {
                String username = "matrix-" + role.name().toLowerCase();
                directory.create(username, role.name(), role, null, "matrix password");
                tokens.put(role, directory.issueApiToken(username));
            }
        }
    }

    static Stream<Arguments> calls() {
        return Arrays.stream(Role.values())
                .flatMap(role -> Arrays.stream(Endpoint.values()).map(endpoint -> Arguments.of(role, endpoint)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("calls")
    void eachRoleMayCallItsEndpointsAndIsRefusedTheOthers(Role role, Endpoint endpoint) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        endpoint.request.get().header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.get(role)))
                .andReturn()
                .getResponse();

        if (endpoint.allowed.contains(role)) {
            assertThat(response.getStatus()).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
    }

    @Test
    void writesThatABrowserMarksAsCrossSiteAreRefused() throws Exception {
        MockHttpServletResponse crossSite = mvc.perform(post(MISSING + "/claim")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.get(Role.STAFF))
                        .header("Sec-Fetch-Site", "cross-site"))
                .andReturn()
                .getResponse();
        MockHttpServletResponse sameOrigin = mvc.perform(post(MISSING + "/claim")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.get(Role.STAFF))
                        .header("Sec-Fetch-Site", "same-origin"))
                .andReturn()
                .getResponse();

        assertThat(crossSite.getStatus()).isEqualTo(403);
        assertThat(crossSite.getContentAsString()).contains("another site");
        assertThat(sameOrigin.getStatus()).isEqualTo(404);
    }

    @Test
    void healthAndTheApiDescriptionArePublic() throws Exception {
        assertThat(mvc.perform(get("/actuator/health"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        MockHttpServletResponse docs =
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
        assertThat(docs.getStatus()).isEqualTo(200);
        assertThat(docs.getContentAsString()).contains("/api/v1/questions/{id}/approve", "bearer");
    }

    @Test
    void pagesOutsideTheApiNeedASignIn() throws Exception {
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getStatus()).isIn(302, 401);
    }
}
