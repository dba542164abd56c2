/**
 * The staff groups: cards with their action buttons, edits and hand-written answers by reply,
 * deadline warnings, who may act (membership, linked console accounts) and linking a Telegram
 * user to an account.
 */
package org.standingoffice.telegram.internal.staff;
