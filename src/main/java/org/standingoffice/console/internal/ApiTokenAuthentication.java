package org.standingoffice.console.internal;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * An {@code Authorization: Bearer} API token: first as presented (not authenticated, carrying the
 * token), then as accepted (authenticated, carrying the account).
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final Object principal;
    private String token;

    private ApiTokenAuthentication(String token) {
        super(List.of());
        this.principal = null;
        this.token = token;
        setAuthenticated(false);
    }

    private ApiTokenAuthentication(StaffPrincipal principal) {
        super(principal.getAuthorities());
        this.principal = principal;
        this.token = null;
        setAuthenticated(true);
    }

    static ApiTokenAuthentication presented(String token) {
        return new ApiTokenAuthentication(token);
    }

    static ApiTokenAuthentication accepted(StaffPrincipal principal) {
        return new ApiTokenAuthentication(principal);
    }

    String token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        token = null;
    }
}
