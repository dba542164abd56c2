package org.standingoffice.desk;

/**
 * A Standing Office and its service levels.
 *
 * <p>Service levels are bounded so that a typo cannot park questions for years: approval within
 * {@value #MAX_APPROVAL_HOURS} working hours (two working weeks; a draft waiting longer is better
 * escalated) and an answer within {@value #MAX_ANSWER_DAYS} working days (about three months, longer
 * than any deadline the guidance sets for a reply).
 *
 * @param id lower-case letters, digits and hyphens ({@link #ID_PATTERN}); fixed once created
 * @param defaultOffice catches the questions no routing rule sends elsewhere; exactly one office is
 * @param autoReply answer near-duplicates of registered answers without waiting for staff
 * @param approvalHours working hours within which a draft is due for approval
 * @param answerDays working days within which an escalated question is due for an answer
 */
public record OfficeSettings(
        String id, String name, boolean defaultOffice, boolean autoReply, int approvalHours, int answerDays) {

    /** Office ids as they appear in routing rules and URLs; the column holds 40 characters. */
    public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,39}";

    public static final int MAX_NAME = 200;
    public static final int MAX_APPROVAL_HOURS = 80;
    public static final int MAX_ANSWER_DAYS = 60;
}
