package org.standingoffice.accounts;

import java.time.Instant;

/**
 * A person who signs in to the console or the API: an official who asks, or help-office staff.
 * Carries no secret; passwords and API tokens stay inside the {@link StaffDirectory}.
 *
 * @param office the Standing Office the account belongs to, or {@code null}
 * @param enabled a disabled account can neither sign in nor use its API token
 * @param credentialsChangedAt when its password was last set (not at creation), or {@code null};
 *     console sessions signed in before it end
 */
public record StaffAccount(
        String username,
        String displayName,
        Role role,
        String office,
        boolean enabled,
        Instant createdAt,
        Instant credentialsChangedAt) {

    /** Questions may be assigned to this account: it is enabled and works questions. */
    public boolean takesQuestions() {
        return enabled && role.worksQuestions();
    }
}
