package org.standingoffice.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxRuntimeNativesTests {

    @TempDir
    Path data;

    @Test
    void unpacksThisPlatformsNativesOnceAndReusesThemAtTheNextStart() throws Exception {
        Optional<Path> first = OnnxRuntimeNatives.unpack(data.resolve("natives"));

        assertThat(first).isPresent();
        Path runtime = first.get().resolve(System.mapLibraryName("onnxruntime"));
        Path jni = first.get().resolve(System.mapLibraryName("onnxruntime4j_jni"));
        assertThat(runtime).isRegularFile();
        assertThat(Files.size(runtime)).isGreaterThan(1_000_000);
        assertThat(jni).isRegularFile();

        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(runtime, old);
        Optional<Path> second = OnnxRuntimeNatives.unpack(data.resolve("natives"));

        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(runtime)).isEqualTo(old);
        try (Stream<Path> files = Files.list(first.get())) {
            assertThat(files).as("no partial files left").hasSize(2);
        }
    }

    @Test
    void completesAFolderAnInterruptedStartLeftHalfDone() throws Exception {
        Path folder = OnnxRuntimeNatives.unpack(data.resolve("natives")).orElseThrow();
        Path runtime = folder.resolve(System.mapLibraryName("onnxruntime"));
        long size = Files.size(runtime);
        Files.delete(runtime);

        OnnxRuntimeNatives.unpack(data.resolve("natives"));

        assertThat(Files.size(runtime)).isEqualTo(size);
    }
}
