package org.standingoffice.search.internal;

import java.nio.file.Path;
import org.standingoffice.search.SearchProperties;

/** Search settings for tests that build an index of their own: the service's defaults, no vectors. */
public final class TestSearchProperties {

    private TestSearchProperties() {}

    public static SearchProperties at(Path indexDir) {
        return new SearchProperties(
                indexDir,
                false,
                60,
                50,
                100,
                new SearchProperties.Lexical(1.0, 0.3, 0.3, 1.0, 8.0, 2.0),
                new SearchProperties.Confidence(10.0, 0.6));
    }
}
