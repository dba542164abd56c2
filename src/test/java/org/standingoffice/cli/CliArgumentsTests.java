package org.standingoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliArgumentsTests {

    @Test
    void theServiceReadsWhereTheKnowledgeBaseAndTheDataLiveAsTheCommandsDo() {
        assertThat(CliArguments.forService(
                        new String[] {"--knowledge-base", "/srv/kb", "--data-dir=/srv/data", "--server.port=9090"}))
                .containsExactly(
                        "--office.knowledge.base-dir=/srv/kb", "--office.data-dir=/srv/data", "--server.port=9090");
        assertThat(CliArguments.parse(new String[] {"ask", "--knowledge-base", "/srv/kb", "q"})
                        .springArguments())
                .contains("--office.knowledge.base-dir=/srv/kb");
    }

    @Test
    void anOptionWithoutItsValueIsLeftToSpring() {
        assertThat(CliArguments.forService(new String[] {"--knowledge-base"})).containsExactly("--knowledge-base");
        assertThat(CliArguments.forService(new String[0])).isEmpty();
    }
}
