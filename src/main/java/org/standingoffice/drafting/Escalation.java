package org.standingoffice.drafting;

/** Why a question goes to staff instead of being answered from the documents. */
public enum Escalation {
    /** Not escalated: the draft answers the question. */
    NONE,
    /** Retrieval found no passage confident enough to answer. */
    NOT_IN_DOCUMENTS,
    /** About something the documents never cover: the weather, the web page a text came from. */
    OUT_OF_SCOPE,
    /** Asks for someone's phone number, address or other personal data. */
    PERSONAL_DATA,
    /** Tries to change the bot's instructions or to get its prompt, configuration or keys. */
    PROMPT_INJECTION,
    /** The language model read the passages and said a person should answer. */
    DRAFTER_UNSURE;

    /**
     * Whether a guardrail stopped the question before anyone drafted (an injection attempt,
     * personal data, out of scope): staff should see that at a glance.
     */
    public boolean guardrail() {
        return this == OUT_OF_SCOPE || this == PERSONAL_DATA || this == PROMPT_INJECTION;
    }
}
