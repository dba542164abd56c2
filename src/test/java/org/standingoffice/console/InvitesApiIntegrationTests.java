package org.standingoffice.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.standingoffice.accounts.AccountExists;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffDirectory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Staff create, list and revoke Telegram invitation links over the API; officials may not. */
class InvitesApiIntegrationTests extends SharedApiContext {

    static final String PASSWORD = "correct horse battery";

    final MockMvc mvc;
    final StaffDirectory directory;
    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    InvitesApiIntegrationTests(MockMvc mvc, StaffDirectory directory) {
        this.mvc = mvc;
        this.directory = directory;
    }

    @BeforeEach
    void accounts() {
        for (var account : new Object[][] {{"inviter", Role.STAFF}, {"official", Role.OFFICIAL}}) {
            try {
                directory.create((String) account[0], (String) account[0], (Role) account[1], null, PASSWORD);
            } catch (AccountExists alreadyThere) {
                // created by an earlier test of this class
            }
        }
    }

    @Test
    void staffCreateAnInviteLinkForACommuneListAndRevokeIt() throws Exception {
        String body = mvc.perform(post("/api/v1/invites")
                        .with(httpBasic("inviter", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"commune\": \"phuong ba dinh\", \"province\": \"Ha Noi\", \"maxUses\": 5}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode invite = json.readTree(body);
        String code = invite.path("code").asString();
        assertThat(invite.path("link").asString()).isEqualTo("https://t.me/" + BOT_USERNAME + "?start=" + code);
        assertThat(invite.path("commune").asString()).isEqualTo("Phường Ba Đình");

        String listed = mvc.perform(get("/api/v1/invites").with(httpBasic("inviter", PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(listed).contains(code);

        mvc.perform(post("/api/v1/invites/" + code + "/revoke").with(httpBasic("inviter", PASSWORD)))
                .andExpect(status().isNoContent());
        String after = mvc.perform(get("/api/v1/invites").with(httpBasic("inviter", PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json.readTree(after).get(0).path("revoked").asBoolean()).isTrue();
    }

    @Test
    void unknownPlacesAndOfficialsAreRefused() throws Exception {
        mvc.perform(post("/api/v1/invites")
                        .with(httpBasic("inviter", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"commune\": \"Xã Không Có\", \"province\": \"Hà Nội\", \"maxUses\": 1}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/invites")
                        .with(httpBasic("official", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"commune\": \"Phường Ba Đình\", \"province\": \"Hà Nội\", \"maxUses\": 1}"))
                .andExpect(status().isForbidden());
    }
}
