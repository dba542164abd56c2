package org.standingoffice.console.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffAccount;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.console.ConsoleProperties;

/**
 * Accounts of officials and staff. Creating and listing accounts is for admins; a token or a new
 * password for an account is for admins and the account itself ({@link ApiSecurity}).
 */
@RestController
@RequestMapping(path = "/api/v1/accounts", produces = "application/json")
@Tag(name = "Accounts", description = "Accounts, passwords and API tokens")
class AccountsApi {

    private final StaffDirectory directory;
    private final PasswordEncoder passwordEncoder;
    private final ConsoleProperties properties;

    AccountsApi(StaffDirectory directory, PasswordEncoder passwordEncoder, ConsoleProperties properties) {
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    record NewAccountRequest(
            @Schema(example = "nguyen.van.a")
            @NotBlank(message = "{api.validation.username}")
            @Pattern(regexp = StaffDirectory.USERNAME_PATTERN, message = "{api.validation.username}")
            String username,

            @NotBlank(message = "{api.validation.display-name}")
            @Size(max = 200, message = "{api.validation.display-name}")
            String displayName,

            @NotNull(message = "{api.validation.role}") Role role,

            @Schema(description = "id of an existing office", example = "central")
            @Size(max = 40, message = "{api.validation.office}")
            String office,

            @NotBlank(message = "{api.validation.password}")
            @Size(min = 8, max = 64, message = "{api.validation.password}")
            String password) {}

    record PasswordRequest(
            @NotBlank(message = "{api.validation.password}")
            @Size(min = 8, max = 64, message = "{api.validation.password}")
            String password,

            @Schema(description = "required unless an admin changes someone else's password")
            String currentPassword) {}

    @Schema(name = "Account")
    record AccountResponse(
            String username, String displayName, Role role, String office, boolean enabled, Instant createdAt) {

        static AccountResponse of(StaffAccount account) {
            return new AccountResponse(
                    account.username(),
                    account.displayName(),
                    account.role(),
                    account.office(),
                    account.enabled(),
                    account.createdAt());
        }
    }

    @Schema(name = "ApiToken")
    record TokenResponse(
            String username,

            @Schema(description = "send as Authorization: Bearer <token>; shown only this once")
            String token) {}

    @PostMapping
    @Operation(summary = "Create an account (admin)")
    @ApiResponse(responseCode = "201", description = "created")
    @ApiResponse(responseCode = "409", description = "the user name is taken")
    ResponseEntity<AccountResponse> create(@Valid @RequestBody NewAccountRequest request) {
        StaffAccount account = directory.create(
                request.username(), request.displayName(), request.role(), request.office(), request.password());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{username}")
                .buildAndExpand(account.username())
                .toUri();
        return ResponseEntity.created(location).body(AccountResponse.of(account));
    }

    @GetMapping
    @Operation(summary = "List accounts by user name (admin)")
    List<AccountResponse> list(
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{api.validation.page}") int page,
            @RequestParam(required = false)
                    @Min(value = 1, message = "{api.validation.size}")
                    @Max(value = 100, message = "{api.validation.size}")
                    Integer size) {
        return directory.list(page, size == null ? properties.pageSize() : size).stream()
                .map(AccountResponse::of)
                .toList();
    }

    @GetMapping("/{username}")
    @Operation(summary = "One account (admin, or the account itself)")
    AccountResponse get(@PathVariable String username) {
        return AccountResponse.of(existing(username));
    }

    @PostMapping("/{username}/token")
    @Operation(
            summary = "Issue an API token (admin, or the account itself)",
            description = "Replaces the account's previous token. The token is shown only in this answer.")
    ResponseEntity<TokenResponse> issueToken(@PathVariable String username) {
        StaffAccount account = existing(username);
        String token = directory.issueApiToken(account.username());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new TokenResponse(account.username(), token));
    }

    @PostMapping("/{username}/password")
    @Operation(
            summary = "Change a password (admin, or the account itself with its current password)",
            description = "An account changing its own password proves it knows the current one, also when it"
                    + " signed in with a token.")
    @ApiResponse(responseCode = "204", description = "changed")
    ResponseEntity<Void> changePassword(
            @PathVariable String username,
            @Valid @RequestBody PasswordRequest request,
            @AuthenticationPrincipal StaffPrincipal caller) {
        StaffAccount account = existing(username);
        boolean adminForSomeoneElse =
                caller.role() == Role.ADMIN && !caller.getUsername().equals(account.username());
        if (!adminForSomeoneElse && !knowsCurrentPassword(account, request.currentPassword())) {
            throw new ApiRefusal(HttpStatus.FORBIDDEN, "api.problem.current-password");
        }
        directory.changePassword(account.username(), request.password());
        return ResponseEntity.noContent().build();
    }

    private boolean knowsCurrentPassword(StaffAccount account, String currentPassword) {
        return currentPassword != null
                && directory
                        .credentials(account.username())
                        .map(credentials -> passwordEncoder.matches(currentPassword, credentials.passwordHash()))
                        .orElse(false);
    }

    private StaffAccount existing(String username) {
        return directory
                .find(username)
                .orElseThrow(() -> new ApiRefusal(HttpStatus.NOT_FOUND, "api.problem.account-not-found", username));
    }
}
