/**
 * The Telegram channel's insides, by seam: {@code transport} (the Bot API, updates in),
 * {@code delivery} (the outbox, messages out), {@code asker} (officials' private chats) and
 * {@code staff} (staff groups). This package holds what they share — texts, HTML, commands,
 * threads, the switch that turns the channel on — and the router that sends each update to its
 * side.
 */
package org.standingoffice.telegram.internal;
