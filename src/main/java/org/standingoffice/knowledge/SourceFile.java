package org.standingoffice.knowledge;

import java.nio.file.Path;

/**
 * A file of the knowledge base and the hash of everything it is ingested from (its content and
 * its metadata sidecar), so an index can tell which files changed.
 *
 * @param name path relative to the knowledge base, with forward slashes
 */
public record SourceFile(String name, Path path, String contentHash) {}
