package org.standingoffice.knowledge;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where the documents are and how they are cut into passages.
 *
 * @param baseDir the knowledge-base folder ({@code OFFICE_KNOWLEDGE_BASE})
 * @param maxPassageChars longer sections are split at sentence boundaries into parts of about this
 *     size: long enough to hold a whole directive, short enough to quote
 * @param tinySectionChars a section shorter than this that only introduces sub-points is not a
 *     passage of its own; its text becomes the heading of its sub-points
 * @param maxUploadSize the largest file the console accepts for the knowledge base: room for a
 *     long decree as PDF, small enough that a mistaken upload cannot fill the disk
 */
@Validated
@ConfigurationProperties("office.knowledge")
public record KnowledgeProperties(
        @NotNull @DefaultValue("knowledge-base") Path baseDir,
        @Min(200) @DefaultValue("1200") int maxPassageChars,
        @Min(0) @DefaultValue("120") int tinySectionChars,
        @NotNull @DefaultValue("20MB") DataSize maxUploadSize) {}
