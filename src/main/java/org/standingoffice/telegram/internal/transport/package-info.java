/**
 * Talking to the Bot API: the client and its failures, the bot's identity and commands set at
 * start, updates received by long polling or the webhook, stored once in the inbox and handed to
 * the workers, button-press answers, file downloads and the channel's health.
 */
package org.standingoffice.telegram.internal.transport;
