package org.standingoffice.console.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.standingoffice.desk.QuestionPage;
import org.standingoffice.telegram.NewInvite;
import org.standingoffice.telegram.TelegramInvite;
import org.standingoffice.telegram.TelegramInvites;

/**
 * Telegram invitation links for the {@code invite} registration mode: staff create one for an
 * office, commune and province and send it to the officials there.
 */
@RestController
@RequestMapping(path = "/api/v1/invites", produces = "application/json")
@Tag(name = "Invites", description = "Telegram invitation links for commune officials")
class InvitesApi {

    private static final int MAX_PAGE_SIZE = 100;

    private final TelegramInvites invites;

    InvitesApi(TelegramInvites invites) {
        this.invites = invites;
    }

    record InviteRequest(
            @Schema(description = "id of an existing office; empty routes by province", example = "central")
            @Size(max = 40, message = "{api.validation.office}")
            String office,

            @Schema(example = "Phường Ba Đình") @NotBlank(message = "{api.validation.invite}")
            String commune,

            @Schema(example = "Hà Nội") @NotBlank(message = "{api.validation.invite}")
            String province,

            @Schema(description = "how many officials may register with it", example = "5")
            @Min(value = 1, message = "{api.validation.invite}")
            @Max(value = NewInvite.MAX_USES, message = "{api.validation.invite}")
            int maxUses,

            @Schema(description = "days the link works; empty for the configured default", example = "30")
            @Min(value = 1, message = "{api.validation.invite}")
            @Max(value = NewInvite.MAX_VALID_DAYS, message = "{api.validation.invite}")
            Integer validDays) {}

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Create an invitation link bound to an office, commune and province")
    ResponseEntity<TelegramInvite> create(
            @Valid @RequestBody InviteRequest request, @AuthenticationPrincipal StaffPrincipal staff) {
        TelegramInvite invite = invites.create(new NewInvite(
                request.office() == null || request.office().isBlank() ? null : request.office(),
                request.commune(),
                request.province(),
                request.maxUses(),
                request.validDays() == null ? null : Duration.ofDays(request.validDays()),
                staff.getUsername()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{code}")
                .buildAndExpand(invite.code())
                .toUri();
        return ResponseEntity.created(location).body(invite);
    }

    @GetMapping
    @Operation(summary = "Invitations, newest first")
    List<TelegramInvite> list(
            @RequestParam(defaultValue = "0")
                    @Min(value = 0, message = "{api.validation.page}")
                    @Max(value = QuestionPage.MAX_PAGE, message = "{api.validation.page}")
                    int page,
            @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = "{api.validation.size}")
                    @Max(value = MAX_PAGE_SIZE, message = "{api.validation.size}")
                    int size) {
        return invites.list(page, size);
    }

    @PostMapping("/{code}/revoke")
    @Operation(summary = "Stop an invitation link working; askers registered with it stay registered")
    ResponseEntity<Void> revoke(@PathVariable String code) {
        invites.revoke(code);
        return ResponseEntity.noContent().build();
    }
}
