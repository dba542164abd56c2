package org.standingoffice.console.internal;

import org.springframework.http.HttpStatus;

/** A request the API refuses for a reason of its own, told to the caller in their language. */
final class ApiRefusal extends RuntimeException {

    private final HttpStatus status;
    private final String messageCode;
    private final transient Object[] arguments;

    ApiRefusal(HttpStatus status, String messageCode, Object... arguments) {
        super(messageCode);
        this.status = status;
        this.messageCode = messageCode;
        this.arguments = arguments;
    }

    HttpStatus status() {
        return status;
    }

    String messageCode() {
        return messageCode;
    }

    Object[] arguments() {
        return arguments;
    }
}
