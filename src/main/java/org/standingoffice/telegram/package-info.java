/**
 * The Telegram channel: askers' private chats and the staff group, updates received once through
 * long polling or a webhook, and every outgoing message delivered through a paced, retried outbox.
 * Its API is the invitations staff hand to commune officials and the files officials sent with their
 * questions; everything else listens to desk events.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Telegram",
        allowedDependencies = {"desk", "drafting", "knowledge"})
package org.standingoffice.telegram;
