package org.standingoffice.console;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param adminPassword password of the first administrator, created when no admin account exists
 *     ({@code OFFICE_ADMIN_PASSWORD}); blank: a random one is generated and logged once
 * @param adminUsername user name of that first administrator
 * @param pageSize list size when a request does not give one
 * @param realm the realm named in authentication challenges
 * @param signInAttempts failed sign-ins (console form, API or metrics Basic) of one user name from
 *     one address after which each further try from there waits
 * @param signInAttemptsPerAddress failed sign-ins from one address, for any name, after which each
 *     further try from there waits; higher, because a whole office may share one address
 * @param signInLockout the longest wait, and how long failures are remembered after the last one
 * @param language the console's language (a language tag with message bundles: vi, en, sv) for
 *     anyone who has not chosen another; the office's own language, not the browser's
 * @param signInFirstDelay the first wait; it doubles with each further failure
 */
@Validated
@ConfigurationProperties("office.console")
public record ConsoleProperties(
        String adminPassword,
        @NotBlank @DefaultValue("admin") String adminUsername,
        @Min(1) @Max(100) @DefaultValue("20") int pageSize,
        @NotBlank @DefaultValue("Standing Office") String realm,
        @Min(1) @DefaultValue("5") int signInAttempts,
        @Min(1) @DefaultValue("50") int signInAttemptsPerAddress,
        @NotNull @DefaultValue("15m") Duration signInLockout,
        @NotBlank @DefaultValue("vi") String language,
        @NotNull @DefaultValue("30s") Duration signInFirstDelay) {

    public boolean hasAdminPassword() {
        return adminPassword != null && !adminPassword.isBlank();
    }

    @Override
    public String toString() {
        return "ConsoleProperties[adminPassword=" + (hasAdminPassword() ? "(set)" : "(unset)") + ", adminUsername="
                + adminUsername + ", pageSize=" + pageSize + ", realm=" + realm + ", signInAttempts=" + signInAttempts
                + ", signInAttemptsPerAddress=" + signInAttemptsPerAddress + ", signInLockout=" + signInLockout
                + ", language=" + language + ", signInFirstDelay=" + signInFirstDelay + "]";
    }
}
