package org.standingoffice.desk;

/**
 * A Standing Office and its service levels.
 *
 * @param defaultOffice catches the questions no routing rule sends elsewhere; exactly one office is
 * @param autoReply answer near-duplicates of registered answers without waiting for staff
 * @param approvalHours working hours within which a draft is due for approval
 * @param answerDays working days within which an escalated question is due for an answer
 */
public record OfficeSettings(
        String id, String name, boolean defaultOffice, boolean autoReply, int approvalHours, int answerDays) {}
