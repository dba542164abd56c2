package org.standingoffice.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;

class NamedBodiesTests {

    private static final GlossaryTerm FINANCE = new GlossaryTerm(
            NamedBodies.TOPIC, Map.of("vi", List.of("Bộ Tài chính"), "en", List.of("Ministry of Finance")));
    private static final GlossaryTerm JUSTICE = new GlossaryTerm(
            NamedBodies.TOPIC, Map.of("vi", List.of("Bộ Tư pháp"), "en", List.of("Ministry of Justice")));
    private static final GlossaryTerm POLITBURO =
            new GlossaryTerm(NamedBodies.TOPIC, Map.of("vi", List.of("Bộ Chính trị"), "en", List.of("Politburo")));
    /** An institution, but no proper name: written in lower case. */
    private static final GlossaryTerm MINISTRIES =
            new GlossaryTerm(NamedBodies.TOPIC, Map.of("vi", List.of("các bộ"), "en", List.of("ministries")));
    /** A proper name, but not of a body. */
    private static final GlossaryTerm RESOLUTION =
            new GlossaryTerm("documents", Map.of("vi", List.of("Nghị quyết 18"), "en", List.of("Resolution 18")));

    private final NamedBodies bodies = new NamedBodies(() -> new Glossary(
            List.of(FINANCE, JUSTICE, POLITBURO, MINISTRIES, RESOLUTION),
            Map.of(),
            Map.of(NamedBodies.TOPIC, Map.of(), "documents", Map.of())));

    @Test
    void aBodyIsAnInstitutionWhoseEnglishNameIsWrittenWithACapital() {
        assertThat(bodies.in("Bộ Tài chính và các bộ phải làm gì theo Nghị quyết 18?"))
                .containsExactly(FINANCE);
        assertThat(bodies.in("bo tai chinh phai lam gi")).containsExactly(FINANCE);
    }

    @Test
    void aBodyIsFoundInAnyRenderingInThePassageOrItsDocumentsIssuerAndTitle() {
        List<GlossaryTerm> named = bodies.in("Bộ Tài chính, Bộ Tư pháp và Bộ Chính trị phải làm gì?");

        // JUSTICE names the Ministry of Justice in its text, Fixtures.CONCLUSION the Politburo as issuer.
        assertThat(bodies.missing(named, List.of(Fixtures.JUSTICE))).containsExactly(FINANCE);
        assertThat(bodies.missing(List.of(), List.of(Fixtures.JUSTICE))).isEmpty();
    }
}
