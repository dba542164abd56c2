/**
 * Everything the bot sends: messages and their buttons ({@code CallbackData}) stored in the outbox
 * in the transaction that caused them, then sent in order per chat within Telegram's limits,
 * retried and counted.
 */
package org.standingoffice.telegram.internal.delivery;
