package org.standingoffice.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads {@code Authorization: Bearer <token>}; any other header (or none) is left to the other
 * authentication filters.
 */
class BearerTokenConverter implements AuthenticationConverter {

    private static final String SCHEME = "Bearer ";

    @Override
    public Authentication convert(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        return ApiTokenAuthentication.presented(
                header.substring(SCHEME.length()).strip());
    }
}
