/**
 * An official's private chat: registration, commands, questions with their files and edits,
 * feedback buttons, and the answers and notices the desk sends back.
 */
package org.standingoffice.telegram.internal.asker;
