package org.standingoffice.telegram;

import java.util.List;
import java.util.Optional;

/**
 * Invitations for the {@code invite} registration mode: staff create one for an office, commune and
 * province and send its link to the officials there; whoever opens it in Telegram is registered
 * with that place and may ask straight away. Available whether or not the channel is on, so links
 * can be prepared before the bot goes live.
 */
public interface TelegramInvites {

    /**
     * Creates an invitation with a random, unguessable code (128 bits).
     *
     * @throws org.standingoffice.places.UnknownPlace when the commune or province is not a unit
     *     after the July 2025 merger
     * @throws IllegalArgumentException when the office does not exist, {@code maxUses} is outside
     *     1 to {@link NewInvite#MAX_USES}, or the validity is not positive or longer than
     *     {@link NewInvite#MAX_VALID_DAYS} days
     */
    TelegramInvite create(NewInvite invite);

    Optional<TelegramInvite> find(String code);

    /** Newest first. */
    List<TelegramInvite> list(int page, int size);

    /** The link stops working; askers already registered with it stay registered. */
    void revoke(String code);
}
