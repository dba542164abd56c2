package org.standingoffice.console.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.standingoffice.accounts.StaffDirectory;

/**
 * Password sign-in against the {@link StaffDirectory}; stores upgraded hashes when the encoder
 * asks for it (a weaker or older algorithm than the current default).
 */
class StaffLogins implements UserDetailsService, UserDetailsPasswordService {

    private final StaffDirectory directory;

    StaffLogins(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return directory
                .credentials(username)
                .map(credentials -> new StaffPrincipal(credentials.account(), credentials.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        directory.replacePasswordHash(user.getUsername(), newPassword);
        return new StaffPrincipal(((StaffPrincipal) user).account(), newPassword);
    }
}
