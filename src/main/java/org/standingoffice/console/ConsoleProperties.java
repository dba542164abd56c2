package org.standingoffice.console;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param adminPassword password of the first administrator, created when no admin account exists
 *     ({@code OFFICE_ADMIN_PASSWORD}); blank: a random one is generated and logged once
 * @param adminUsername user name of that first administrator
 * @param pageSize list size when a request does not give one
 * @param realm the realm named in authentication challenges
 */
@Validated
@ConfigurationProperties("office.console")
public record ConsoleProperties(
        String adminPassword,
        @NotBlank @DefaultValue("admin") String adminUsername,
        @Min(1) @Max(100) @DefaultValue("20") int pageSize,
        @NotBlank @DefaultValue("Standing Office") String realm) {

    public boolean hasAdminPassword() {
        return adminPassword != null && !adminPassword.isBlank();
    }

    @Override
    public String toString() {
        return "ConsoleProperties[adminPassword=" + (hasAdminPassword() ? "(set)" : "(unset)") + ", adminUsername="
                + adminUsername + ", pageSize=" + pageSize + ", realm=" + realm + "]";
    }
}
