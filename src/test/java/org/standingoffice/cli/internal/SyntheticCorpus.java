package org.standingoffice.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;

/**
 * A Vietnamese corpus of any size, made by recombining the clauses of real law articles: the
 * vocabulary, term statistics and passage lengths of legislation, at a scale the real corpus
 * lacks, and the same for the same seed.
 */
final class SyntheticCorpus {

    /** Articles per generated document, near a mid-sized law. */
    static final int ARTICLES_PER_DOCUMENT = 100;

    private final List<String> clauses = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final Random random;
    private int documents;

    SyntheticCorpus(AlqacCorpus source, long seed) {
        for (AlqacCorpus.Law law : source.laws()) {
            for (Passage article : law.articles()) {
                for (String line : article.text().split("\n")) {
                    if (!line.isBlank()) {
                        clauses.add(line.strip());
                    }
                }
                if (!article.heading().isEmpty()) {
                    titles.add(article.heading());
                }
                lengths.add(article.text().length());
            }
        }
        this.random = new Random(seed);
    }

    /** The next document's articles, at most {@link #ARTICLES_PER_DOCUMENT}, all from one source. */
    List<Passage> nextDocument(int articles) {
        documents++;
        String number = documents + "/VBTH";
        SourceDocument document =
                new SourceDocument(number, "Văn bản tổng hợp " + number, "", "", null, "vi", "", "", "", null);
        List<Passage> passages = new ArrayList<>();
        for (int article = 1; article <= Math.min(articles, ARTICLES_PER_DOCUMENT); article++) {
            passages.add(new Passage(
                    number + "#" + article,
                    document,
                    number,
                    "Điều " + article,
                    pick(titles),
                    text(pick(lengths)),
                    List.of()));
        }
        return passages;
    }

    /** Random clauses up to the length of a real article, so lengths follow the real distribution. */
    private String text(int length) {
        StringBuilder text = new StringBuilder(pick(clauses));
        while (text.length() < length) {
            text.append('\n').append(pick(clauses));
        }
        return text.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
