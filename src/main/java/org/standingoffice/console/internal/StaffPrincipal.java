package org.standingoffice.console.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffAccount;
import org.standingoffice.desk.Actor;

/**
 * The signed-in account, whether it signed in with a password or an API token. Its role becomes
 * the one authority {@code ROLE_<role>}.
 */
final class StaffPrincipal implements UserDetails, CredentialsContainer {

    private final StaffAccount account;
    private String passwordHash;

    StaffPrincipal(StaffAccount account, String passwordHash) {
        this.account = account;
        this.passwordHash = passwordHash;
    }

    static String authority(Role role) {
        return "ROLE_" + role.name();
    }

    StaffAccount account() {
        return account;
    }

    Role role() {
        return account.role();
    }

    Actor actor() {
        return new Actor(account.username(), account.role(), QuestionsApi.CHANNEL);
    }

    /** Officials only ask; everyone else works questions. */
    boolean isAsker() {
        return !account.role().worksQuestions();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(authority(account.role())));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + account.username() + ", " + account.role() + "]";
    }
}
