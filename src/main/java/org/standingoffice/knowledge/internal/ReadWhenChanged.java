package org.standingoffice.knowledge.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * An office-edited file (the glossary, the typing habits) read again only when it changed: its
 * modification time and size are checked on every call, its YAML parsed only when they moved. An
 * edit still applies at once, without a reindex, and a caller on a hot path (every Telegram
 * message) costs a file-system lookup rather than a parse. A file that cannot be read is not kept:
 * the next call reads it again and reports it again.
 */
final class ReadWhenChanged<T> {

    /** What the file looked like when it was read; {@code null} fields: there was no file. */
    private record Stamp(Object modified, long size) {}

    private record Read<T>(Stamp stamp, T value) {}

    private final Path file;
    private final Function<Path, T> reader;
    private final AtomicReference<Read<T>> last = new AtomicReference<>();

    ReadWhenChanged(Path file, Function<Path, T> reader) {
        this.file = file;
        this.reader = reader;
    }

    T get() {
        Stamp stamp = stamp();
        Read<T> read = last.get();
        if (read != null && Objects.equals(read.stamp(), stamp)) {
            return read.value();
        }
        T value = reader.apply(file);
        last.set(new Read<>(stamp, value));
        return value;
    }

    private Stamp stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.lastModifiedTime(), attributes.size());
        } catch (NoSuchFileException e) {
            return new Stamp(null, -1);
        } catch (IOException e) {
            // Unreadable attributes: never equal to a stamp kept, so the file is read (and fails) again.
            return new Stamp(new Object(), -1);
        }
    }
}
