package org.standingoffice.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Unpacks onnxruntime's native libraries once into a folder of the data directory and points
 * onnxruntime at it ({@value #PATH_PROPERTY}). Left alone, onnxruntime copies its 16 MB of natives
 * into a new {@code /tmp/onnxruntime-java*} folder at every start and deletes it only on a clean exit,
 * so killed processes pile them up. The folder is named after a checksum of the JNI library, which
 * changes with every onnxruntime version, so an upgrade unpacks again instead of loading old natives.
 */
final class OnnxRuntimeNatives {

    static final String PATH_PROPERTY = "onnxruntime.native.path";
    private static final String JNI = "onnxruntime4j_jni";
    private static final String RUNTIME = "onnxruntime";

    private OnnxRuntimeNatives() {}

    /**
     * Sets {@value #PATH_PROPERTY} to the unpacked natives under {@code parent}, unless it is set
     * already or this platform's natives are not in the jar (then onnxruntime does as it always did).
     * Must run before the first onnxruntime class loads.
     */
    static void useFolderUnder(Path parent) {
        if (System.getProperty(PATH_PROPERTY) == null) {
            unpack(parent).ifPresent(folder -> System.setProperty(PATH_PROPERTY, folder.toString()));
        }
    }

    /** The folder holding this platform's natives under {@code parent}, unpacked if not there yet. */
    static Optional<Path> unpack(Path parent) {
        Optional<String> platform = platform();
        if (platform.isEmpty()) {
            return Optional.empty();
        }
        String resources = "/ai/onnxruntime/native/" + platform.get() + "/";
        byte[] jni = read(resources + System.mapLibraryName(JNI));
        if (jni == null) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(jni);
        Path folder = parent.resolve(
                "onnxruntime-" + platform.get() + "-" + HexFormat.of().toHexDigits((int) crc.getValue()));
        try {
            Files.createDirectories(folder);
            for (String library : List.of(RUNTIME, JNI)) {
                String name = System.mapLibraryName(library);
                Path target = folder.resolve(name);
                if (!Files.exists(target)) {
                    copy(resources + name, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack onnxruntime's natives into " + folder, e);
        }
        return Optional.of(folder.toAbsolutePath());
    }

    /** Written beside the target and moved into place, so a crash or a second process never sees half a file. */
    private static void copy(String resource, Path target) throws IOException {
        Path partial =
                Files.createTempFile(target.getParent(), target.getFileName().toString(), ".partial");
        try (InputStream in = OnnxRuntimeNatives.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing from the jar: " + resource);
            }
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = OnnxRuntimeNatives.class.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** onnxruntime's own folder names, for the platforms it ships natives for. */
    private static Optional<String> platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.contains("linux") ? "linux" : os.contains("mac") || os.contains("darwin") ? "osx" : null;
        String archName =
                arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "aarch64" : null;
        return osName == null || archName == null ? Optional.empty() : Optional.of(osName + "-" + archName);
    }
}
