package org.standingoffice.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the text of a knowledge-base file: Markdown and plain text directly, PDF, DOCX and HTML
 * through the one Apache Tika parser for each. The parser is chosen by the file's extension, the
 * same one that admitted the file, rather than by Tika's detection over every format it knows: the
 * service ships only these three parsers (issue 20).
 */
public final class DocumentTextReader {

    static final Set<String> TEXT_EXTENSIONS = Set.of("md", "markdown", "txt");

    private static final Parser PDF = new PDFParser();
    private static final Parser HTML = new JSoupParser();
    private static final Map<String, Parser> PARSERS =
            Map.of("pdf", PDF, "docx", new OOXMLParser(), "html", HTML, "htm", HTML);

    static final Set<String> PARSED_EXTENSIONS = PARSERS.keySet();

    public static boolean isText(Path file) {
        return TEXT_EXTENSIONS.contains(extension(file));
    }

    public static boolean isIngestible(Path file) {
        return isText(file) || PARSED_EXTENSIONS.contains(extension(file));
    }

    /**
     * The file's text; for a parsed format, its body text as Tika extracts it, trimmed.
     *
     * @throws IllegalArgumentException if the file is of a format not listed above
     * @throws UncheckedIOException if it cannot be read or parsed (damaged, encrypted)
     */
    public String read(Path file) {
        try {
            if (isText(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            Parser parser = PARSERS.get(extension(file));
            if (parser == null) {
                throw new IllegalArgumentException("not a knowledge-base format: " + file.getFileName());
            }
            // Tika's own stream: the HTML parser marks and resets it to sniff the encoding, and the PDF
            // parser reads the file itself instead of buffering it.
            try (TikaInputStream in = TikaInputStream.get(file)) {
                // -1: no limit on the text's length; a law can run to hundreds of pages.
                BodyContentHandler body = new BodyContentHandler(-1);
                parser.parse(in, body, new Metadata(), new ParseContext());
                return body.toString().strip();
            }
        } catch (IOException | TikaException | SAXException e) {
            throw new UncheckedIOException(new IOException("cannot read " + file.getFileName() + ": " + e, e));
        }
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
