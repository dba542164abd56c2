package org.standingoffice.cli.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.standingoffice.search.SearchProperties;
import org.standingoffice.search.StandaloneIndex;

/**
 * A {@link StandaloneIndex} in a fresh temporary directory that is deleted on close, so a
 * benchmark never meets an index left by an earlier run or touches the service's own.
 */
final class ScratchIndex implements Closeable {

    private final Path dir;
    private final StandaloneIndex index;

    private ScratchIndex(Path dir, StandaloneIndex index) {
        this.dir = dir;
        this.index = index;
    }

    static ScratchIndex open(SearchProperties properties) throws IOException {
        Path dir = Files.createTempDirectory("standing-office-bench-");
        return new ScratchIndex(dir, StandaloneIndex.open(dir, properties));
    }

    StandaloneIndex index() {
        return index;
    }

    @Override
    public void close() throws IOException {
        try {
            index.close();
        } finally {
            List<Path> deepestFirst;
            try (Stream<Path> paths = Files.walk(dir)) {
                deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
            }
            for (Path path : deepestFirst) {
                Files.deleteIfExists(path);
            }
        }
    }
}
