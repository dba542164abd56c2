/**
 * The Telegram channel: askers' private chats and the staff group, updates received once through
 * long polling or a webhook, and every outgoing message delivered through a paced, retried outbox.
 * Its API is the invitations staff hand to commune officials, the files officials sent with their
 * questions and the links of staff's Telegram users to their console accounts; everything else
 * listens to desk events.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Telegram",
        allowedDependencies = {"desk", "accounts", "places", "drafting", "knowledge", "search"})
package org.standingoffice.telegram;
