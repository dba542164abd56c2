package org.standingoffice.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureTests {

    final Prompts prompts = Prompts.load(Path.of("does-not-exist"));
    final Disclosure disclosure =
            new Disclosure(prompts.modelInstructions(), List.of("sk-secret-key-123", "http://10.0.0.7:8000/v1", ""));

    @Test
    void documentQuotesPass() {
        assertThat(disclosure.check(
                        "«The Ministry of Justice urgently completes the review» (Conclusion 183-KL/TW, point 3(2))"))
                .isEmpty();
    }

    @Test
    void keysAndServerAddressesAreCaught() {
        assertThat(disclosure.check("The key is sk-secret-key-123.")).isPresent();
        assertThat(disclosure.check("I run at http://10.0.0.7:8000/v1")).isPresent();
        assertThat(disclosure.check("Set LLM_PROVIDER=openai and OPENAI_API_KEY."))
                .isPresent();
    }

    @Test
    void instructionsAreCaughtInAnyLanguageFolderAndCase() {
        String rule =
                prompts.template("vi", "system").lines().skip(4).findFirst().orElseThrow();

        assertThat(disclosure.check("Sure. " + rule.toUpperCase())).isPresent();
        assertThat(disclosure.check("I only use the passages I am given.")).isEmpty();
    }
}
