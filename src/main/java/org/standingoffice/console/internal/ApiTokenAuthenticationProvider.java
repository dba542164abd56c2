package org.standingoffice.console.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.standingoffice.accounts.StaffAccount;
import org.standingoffice.accounts.StaffDirectory;

/** Accepts an API token whose hash belongs to an enabled account. */
class ApiTokenAuthenticationProvider implements AuthenticationProvider {

    private final StaffDirectory directory;

    ApiTokenAuthenticationProvider(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((ApiTokenAuthentication) authentication).token();
        if (token == null || token.isBlank()) {
            throw new BadCredentialsException("empty API token");
        }
        StaffAccount account =
                directory.findByToken(token).orElseThrow(() -> new BadCredentialsException("unknown API token"));
        if (!account.enabled()) {
            throw new DisabledException("account " + account.username() + " is disabled");
        }
        return ApiTokenAuthentication.accepted(new StaffPrincipal(account, null));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiTokenAuthentication.class.isAssignableFrom(authentication);
    }
}
