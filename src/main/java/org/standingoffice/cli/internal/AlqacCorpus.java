package org.standingoffice.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ALQAC legal retrieval set: Vietnamese laws whose articles are the passages, and questions
 * labelled with the articles that answer them.
 *
 * @param laws in the order of {@code law.json}
 * @param questions in the order of {@code questions.json}
 */
record AlqacCorpus(List<Law> laws, List<Question> questions) {

    /** Where the set lives in the project's shared data, relative to the working directory. */
    static final String DEFAULT_DIR = "../shared/datasets/alqac2024";

    private static final int WARM_UP_WORDS = 30;

    /** A law and its articles, one passage each, indexed as one source. */
    record Law(String name, List<Passage> articles) {}

    /**
     * @param type "Đúng/Sai", "Trắc nghiệm" or "Tự luận"
     * @param gold the ids of the passages that answer it; may name an article the corpus lacks
     */
    record Question(String id, String type, String text, Set<String> gold) {}

    AlqacCorpus {
        laws = List.copyOf(laws);
        questions = List.copyOf(questions);
    }

    /** Whether {@code dir} holds the set's two files. */
    static boolean isIn(Path dir) {
        return Files.isRegularFile(dir.resolve("law.json")) && Files.isRegularFile(dir.resolve("questions.json"));
    }

    /** Reads {@code law.json} and {@code questions.json} from {@code dir}. */
    static AlqacCorpus read(Path dir) {
        JsonMapper json = JsonMapper.builder().build();
        List<Law> laws = new ArrayList<>();
        for (JsonNode law : json.readTree(dir.resolve("law.json").toFile())) {
            String name = law.path("id").asString();
            List<Passage> articles = new ArrayList<>();
            for (JsonNode article : law.path("articles")) {
                articles.add(passage(
                        name,
                        article.path("id").asString(),
                        article.path("text").asString()));
            }
            laws.add(new Law(name, articles));
        }
        List<Question> questions = new ArrayList<>();
        for (JsonNode question : json.readTree(dir.resolve("questions.json").toFile())) {
            Set<String> gold = new LinkedHashSet<>();
            for (JsonNode article : question.path("relevant_articles")) {
                gold.add(passageId(
                        article.path("law_id").asString(),
                        article.path("article_id").asString()));
            }
            questions.add(new Question(
                    question.path("question_id").asString(),
                    question.path("question_type").asString(),
                    question.path("text").asString(),
                    gold));
        }
        return new AlqacCorpus(laws, questions);
    }

    static String passageId(String law, String article) {
        return law + "#" + article;
    }

    int articleCount() {
        return laws.stream().mapToInt(law -> law.articles().size()).sum();
    }

    /**
     * Question-like texts that are none of the questions, for warming up a retriever without
     * filling its cache with the answers it is about to be timed on: the openings of articles
     * spread over the corpus.
     */
    List<String> warmUpQueries(int count) {
        List<Passage> articles =
                laws.stream().flatMap(law -> law.articles().stream()).toList();
        int step = Math.max(1, articles.size() / count);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < articles.size() && queries.size() < count; i += step) {
            String[] words = articles.get(i).text().split("\\s+");
            queries.add(String.join(" ", Arrays.asList(words).subList(0, Math.min(WARM_UP_WORDS, words.length))));
        }
        return queries;
    }

    /**
     * The title line becomes the heading and the rest the text, so the indexed text holds the title
     * once. The Constitution's articles have no title: their whole text is the text.
     */
    private static Passage passage(String law, String article, String text) {
        int titleEnd = text.indexOf("\n\n");
        String heading = titleEnd < 0 ? "" : text.substring(0, titleEnd).strip();
        String body = titleEnd < 0 ? text : text.substring(titleEnd + 2).strip();
        SourceDocument document = new SourceDocument(law, law, "", "", null, "vi", "", "", "", null);
        return new Passage(passageId(law, article), document, law, "Điều " + article, heading, body, List.of());
    }
}
