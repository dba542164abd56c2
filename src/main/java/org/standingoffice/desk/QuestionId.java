package org.standingoffice.desk;

/** The ticket number of a question. */
public record QuestionId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
