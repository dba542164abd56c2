package org.standingoffice.desk;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An action that the question's current state does not allow: an illegal transition, a question
 * claimed by someone else, or a change that lost a race with another. The message is English,
 * for logs; as a {@link MessageSourceResolvable} (code {@code desk.conflict.*}) it reads in the
 * reader's language, statuses included.
 */
public class DeskConflict extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final Object[] arguments;

    /**
     * @param code the message key under {@code desk.conflict.}
     * @param message the English text, also used when the key is missing
     * @param arguments the key's arguments; statuses given as {@link #status} read localized
     */
    public DeskConflict(String code, String message, Object... arguments) {
        super(message);
        this.code = "desk.conflict." + code;
        this.arguments = arguments.clone();
    }

    /** A status as a message argument, named as the console names it. */
    public static MessageSourceResolvable status(QuestionStatus status) {
        return new DefaultMessageSourceResolvable(new String[] {"console.status." + status.name()}, status.name());
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
