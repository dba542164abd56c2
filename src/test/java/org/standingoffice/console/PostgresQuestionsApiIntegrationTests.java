package org.standingoffice.console;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.standingoffice.TestPostgres;
import org.standingoffice.accounts.StaffDirectory;

/** The same REST flow on a real PostgreSQL server instead of H2. */
@DirtiesContext
class PostgresQuestionsApiIntegrationTests extends QuestionsApiIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Autowired
    PostgresQuestionsApiIntegrationTests(MockMvc mvc, StaffDirectory directory) {
        super(mvc, directory);
    }
}
