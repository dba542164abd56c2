package org.standingoffice.drafting.internal;

import java.util.List;
import java.util.function.Supplier;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;
import org.standingoffice.knowledge.Passage;

/**
 * The bodies a question names by their proper name ("Bộ Tài chính", "the Central Inspection
 * Committee"): glossary concepts of the {@value #TOPIC} topic whose English rendering is written
 * with a capital, as a proper name is. A passage that names none of them in any language cannot say
 * what that body must do, however many other words it shares with the question.
 */
final class NamedBodies {

    /** The glossary topic of bodies and institutions. */
    static final String TOPIC = "institutions";

    private final Supplier<Glossary> glossary;

    NamedBodies(Supplier<Glossary> glossary) {
        this.glossary = glossary;
    }

    /** The bodies {@code question} names, in the glossary's order. */
    List<GlossaryTerm> in(String question) {
        return glossary.get().termsIn(question).stream()
                .filter(NamedBodies::isNamedBody)
                .toList();
    }

    /** Of {@code bodies}, those none of {@code passages} names in any rendering, nor their documents' issuer or title. */
    List<GlossaryTerm> missing(List<GlossaryTerm> bodies, List<Passage> passages) {
        if (bodies.isEmpty()) {
            return List.of();
        }
        List<GlossaryTerm> named = passages.stream()
                .flatMap(passage -> glossary.get().termsIn(named(passage)).stream())
                .toList();
        return bodies.stream().filter(body -> !named.contains(body)).toList();
    }

    /** Where a passage names a body: its text, its heading, and its document's issuer and title. */
    private static String named(Passage passage) {
        return String.join(
                "\n", passage.document().issuer(), passage.document().title(), passage.heading(), passage.text());
    }

    private static boolean isNamedBody(GlossaryTerm term) {
        return TOPIC.equals(term.topic())
                && term.variants("en").stream()
                        .anyMatch(variant -> !variant.isEmpty() && Character.isUpperCase(variant.charAt(0)));
    }
}
