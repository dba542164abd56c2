package org.standingoffice.console.internal;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.standingoffice.accounts.AccountExists;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.console.ConsoleProperties;

/**
 * Makes sure somebody can administer a fresh installation: when no admin account exists, creates
 * one with the configured password ({@code OFFICE_ADMIN_PASSWORD}), or with a random password
 * that is logged once. Later starts find the admin and log nothing, so the password never shows
 * up in the logs again. Only the service creates it, not the command line, whose output nobody
 * reads for passwords.
 */
@Component
@ConditionalOnWebApplication
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final StaffDirectory directory;
    private final ConsoleProperties properties;
    private final SecureRandom random = new SecureRandom();

    FirstAdmin(StaffDirectory directory, ConsoleProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (directory.anyWithRole(Role.ADMIN)) {
            return;
        }
        String username = properties.adminUsername();
        if (directory.find(username).isPresent()) {
            log.error(
                    "There is no admin account, and the account '{}' that would become the first admin exists with"
                            + " another role. Set office.console.admin-username to a free name and restart.",
                    username);
            return;
        }
        boolean generated = !properties.hasAdminPassword();
        String password = generated ? randomPassword() : properties.adminPassword();
        try {
            directory.create(username, "Administrator", Role.ADMIN, null, password);
        } catch (AccountExists e) {
            return; // another instance sharing the database created it at the same moment
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("OFFICE_ADMIN_PASSWORD cannot be used: " + e.getMessage(), e);
        }
        if (generated) {
            log.warn("""

                    ************************************************************************
                    No admin account existed: created '{}' with the generated password

                        {}

                    This is shown only once. Sign in and change it:
                    POST /api/v1/accounts/{}/password, or set OFFICE_ADMIN_PASSWORD before
                    the first start of a new installation.
                    ************************************************************************""", username, password, username);
        } else {
            log.info("No admin account existed: created '{}' with the password from OFFICE_ADMIN_PASSWORD", username);
        }
    }

    private String randomPassword() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
