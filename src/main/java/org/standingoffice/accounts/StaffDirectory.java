package org.standingoffice.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The accounts of officials and help-office staff. Passwords are stored only as adaptive hashes
 * (bcrypt through Spring Security's delegating encoder, so the algorithm can change without
 * invalidating stored hashes) and API tokens only as SHA-256 hashes: a leaked table reveals
 * neither. A token is random enough (256 bits) that a fast hash is safe, and a fast hash keeps
 * token checks cheap on every request.
 */
public interface StaffDirectory {

    /** User names: lower-case letters, digits, dot, hyphen and underscore; 2–60 characters. */
    String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,59}";

    int MIN_PASSWORD = 8;

    /** bcrypt only reads the first 72 bytes; Spring Security refuses longer passwords. */
    int MAX_PASSWORD_BYTES = 72;

    Optional<StaffAccount> find(String username);

    /** The account with its password hash, for signing in; empty when there is none. */
    Optional<Credentials> credentials(String username);

    /**
     * Creates an enabled account.
     *
     * @param office an existing office's id, or {@code null}
     * @throws AccountExists when the user name is taken
     * @throws IllegalArgumentException when the user name does not match {@link #USERNAME_PATTERN},
     *     the display name is blank, the office does not exist or the password is unacceptable
     */
    StaffAccount create(String username, String displayName, Role role, String office, String password);

    /**
     * Sets a new password and records when ({@link StaffAccount#credentialsChangedAt}), so that
     * console sessions signed in with the old one end. The API token is kept.
     *
     * @throws IllegalArgumentException when there is no such account or the password is
     *     unacceptable (fewer than {@link #MIN_PASSWORD} characters, or more than
     *     {@link #MAX_PASSWORD_BYTES} bytes, which bcrypt cannot hash)
     */
    void changePassword(String username, String newPassword);

    /**
     * Disables an account: it can no longer sign in or use its API token, and signed-in sessions
     * end (the console looks the account up on every request). Password, token, role and office
     * are kept for {@link #enable}. Disabling a disabled account changes nothing.
     *
     * @throws IllegalArgumentException when there is no such account
     * @throws LastAdmin when it is the only enabled admin account
     */
    void disable(String username);

    /**
     * Lets a disabled account sign in again, with the password and API token it had. Enabling an
     * enabled account changes nothing.
     *
     * @throws IllegalArgumentException when there is no such account
     */
    void enable(String username);

    /**
     * Gives an account another role and office (or none). Signed-in sessions of the account end
     * when its role changed (the console compares it on every request), so none acts with the old
     * role.
     *
     * @param office an existing office's id, or {@code null}
     * @throws IllegalArgumentException when there is no such account or office, or no role
     * @throws LastAdmin when the account is the only enabled admin and would stop being one
     */
    StaffAccount reassign(String username, Role role, String office);

    /**
     * Replaces the stored hash with one the caller already computed; used to upgrade hashes of an
     * outdated algorithm or strength after a successful sign-in.
     */
    void replacePasswordHash(String username, String newHash);

    /**
     * Issues a new API token (32 random bytes, base64url) and forgets the previous one. The token
     * is returned only here; the directory keeps its SHA-256 hash.
     *
     * @throws IllegalArgumentException when there is no such account
     */
    String issueApiToken(String username);

    /** The enabled or disabled account whose token hashes to {@code tokenHash}. */
    Optional<StaffAccount> findByTokenHash(String tokenHash);

    /** The account whose API token is {@code token}. */
    default Optional<StaffAccount> findByToken(String token) {
        return findByTokenHash(hashToken(token));
    }

    /** Accounts ordered by user name. */
    List<StaffAccount> list(int page, int size);

    /** The console language the account chose (a language tag such as {@code vi}); empty: none chosen. */
    Optional<String> language(String username);

    /** Remembers the account's console language; an unknown user name changes nothing. */
    void chooseLanguage(String username, String language);

    boolean anyWithRole(Role role);

    /** The lower-case hex SHA-256 of a token, as stored. */
    static String hashToken(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** An account with its password hash; {@link #toString()} leaves the hash out. */
    record Credentials(StaffAccount account, String passwordHash) {

        @Override
        public String toString() {
            return "Credentials[" + account + "]";
        }
    }
}
