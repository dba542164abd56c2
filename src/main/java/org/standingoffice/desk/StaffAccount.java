package org.standingoffice.desk;

import java.time.Instant;

/**
 * A person who signs in to the console or the API: an official who asks, or help-office staff.
 * Carries no secret; passwords and API tokens stay inside the {@link StaffDirectory}.
 *
 * @param office the Standing Office the account belongs to, or {@code null}
 * @param enabled a disabled account can neither sign in nor use its API token
 */
public record StaffAccount(
        String username, String displayName, Role role, String office, boolean enabled, Instant createdAt) {

    /** Questions may be assigned to this account: it is enabled and works questions. */
    public boolean takesQuestions() {
        return enabled && role.worksQuestions();
    }
}
