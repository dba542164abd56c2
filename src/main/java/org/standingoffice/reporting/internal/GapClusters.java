package org.standingoffice.reporting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.standingoffice.desk.QuestionStatistics.QuestionSummary;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;
import org.standingoffice.knowledge.Words;
import org.standingoffice.reporting.KnowledgeGap;

/**
 * Groups escalated questions that ask about the same thing, in any language. Each question is
 * read as the glossary concepts it names (the analysis search expands questions with, so "báo
 * cáo" and "report" are one concept) and its other content words, folded as search folds them
 * (officials often type Vietnamese without diacritics). Two questions ask the same when they
 * share enough concepts, or enough words. Greedy single pass: a question joins the
 * group it resembles most, else starts one. Reporting may not reach into search's index, and
 * for a manager's overview of a month's escalations this is enough.
 *
 * <p>A group's keywords are shown as people write them: a shared concept by its glossary form
 * in the language most of the group's questions use, a shared word as it was typed (with its
 * diacritics when it had them).
 */
final class GapClusters {

    /** Two questions sharing at least this share of their words ask about the same thing. */
    static final double SIMILAR = 0.3;

    /**
     * Or at least this share of the glossary concepts they name, and {@link #SHARED_CONCEPTS} of
     * them at the least: one concept alone ("report") is too general to say two questions ask
     * the same.
     */
    static final double SAME_CONCEPTS = 0.5;

    static final int SHARED_CONCEPTS = 2;

    /** Keywords shown for a group. */
    private static final int KEYWORDS = 8;

    /** Question words and fillers, folded, in en/vi/sv: they say nothing about the subject. */
    private static final Set<String> STOP_WORDS = Set.copyOf(List.of(
            "what", "which", "when", "where", "does", "with", "from", "that", "this", "have", "there", "about", "must",
            "should", "will", "whom", "whose", "into", "after", "before", "their", "they", "been", "the", "and", "for",
            "who", "how", "are", "can", "our", "its", "has", "was", "any", "now", "is", "it", "of", "to", "in", "on",
            "do", "be", "by", "or", "an", "if", "at", "nhung", "cua", "cho", "voi", "nay", "nao", "duoc", "khong",
            "trong", "theo", "thi", "hay", "hoac", "ai", "gi", "la", "va", "co", "cac", "mot", "khi", "nhu", "phai",
            "bao", "nhieu", "gio", "the", "lam", "sao", "vay", "a", "xin", "hoi", "de", "ve", "tu", "den", "o", "da",
            "se", "can", "neu", "thuoc", "nay", "do", "sau", "truoc", "vao", "ra", "len", "cung", "con", "nguoi", "vad",
            "hur", "som", "och", "att", "det", "ska", "for", "med", "till", "av", "pa", "en", "ett", "ar", "vem", "nar",
            "kan", "maste", "inte"));

    private GapClusters() {}

    static List<KnowledgeGap> of(List<QuestionSummary> questions, Glossary glossary) {
        List<Reading> readings =
                questions.stream().map(q -> Reading.of(q, glossary)).toList();
        List<List<Reading>> groups = new ArrayList<>();
        List<Set<String>> groupWords = new ArrayList<>();
        List<Set<GlossaryTerm>> groupConcepts = new ArrayList<>();
        for (Reading reading : readings) {
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < groups.size(); i++) {
                double score = similarity(reading, groupWords.get(i), groupConcepts.get(i));
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best < 0) {
                groups.add(new ArrayList<>(List.of(reading)));
                groupWords.add(new HashSet<>(reading.words().keySet()));
                groupConcepts.add(new HashSet<>(reading.concepts()));
            } else {
                groups.get(best).add(reading);
                groupWords.get(best).addAll(reading.words().keySet());
                groupConcepts.get(best).addAll(reading.concepts());
            }
        }
        List<KnowledgeGap> gaps = new ArrayList<>();
        for (List<Reading> group : groups) {
            gaps.add(new KnowledgeGap(
                    keywords(group),
                    group.stream()
                            .map(r -> new KnowledgeGap.Question(
                                    r.question().id().value(), r.question().text()))
                            .toList()));
        }
        gaps.sort(Comparator.comparingInt((KnowledgeGap gap) -> gap.questions().size())
                .reversed());
        return gaps;
    }

    /** How much a question resembles a group, 0 when not enough to join it. */
    static double similarity(Reading reading, Set<String> words, Set<GlossaryTerm> concepts) {
        double byWords = Words.overlap(reading.words().keySet(), words);
        long shared = reading.concepts().stream().filter(concepts::contains).count();
        double byConcepts = shared < SHARED_CONCEPTS ? 0 : overlap(reading.concepts(), concepts);
        return Math.max(byWords >= SIMILAR ? byWords : 0, byConcepts >= SAME_CONCEPTS ? byConcepts : 0);
    }

    /** Jaccard overlap of two sets of concepts, as {@link Words#overlap} is of words. */
    private static double overlap(Set<GlossaryTerm> a, Set<GlossaryTerm> b) {
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }

    /**
     * The concepts and words most of the group's questions share (for a single question, its
     * own), concepts first, as written.
     */
    private static List<String> keywords(List<Reading> group) {
        int needed = group.size() == 1 ? 1 : 2;
        String language = mostUsedLanguage(group);
        Map<GlossaryTerm, Integer> concepts = new LinkedHashMap<>();
        group.forEach(r -> r.concepts().forEach(c -> concepts.merge(c, 1, Integer::sum)));
        Map<String, Integer> words = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        group.forEach(r -> r.words().forEach((folded, asTyped) -> {
            words.merge(folded, 1, Integer::sum);
            // Prefer the form with diacritics: "hạn" over "han".
            written.merge(folded, asTyped, (a, b) -> Glossary.fold(a).equals(a) ? b : a);
        }));
        List<String> keywords = new ArrayList<>();
        concepts.entrySet().stream()
                .filter(e -> e.getValue() >= needed)
                .sorted(Map.Entry.<GlossaryTerm, Integer>comparingByValue().reversed())
                .map(e -> name(e.getKey(), language))
                .distinct()
                .forEach(keywords::add);
        Set<String> inConcepts = new HashSet<>();
        keywords.forEach(k -> inConcepts.addAll(Words.of(k)));
        words.entrySet().stream()
                .filter(e -> e.getValue() >= needed && !inConcepts.contains(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> written.get(e.getKey()))
                .forEach(keywords::add);
        return keywords.stream().limit(KEYWORDS).toList();
    }

    /** A concept's glossary form in {@code language}, else in any language it has. */
    private static String name(GlossaryTerm concept, String language) {
        List<String> variants = concept.variants(language);
        if (!variants.isEmpty()) {
            return variants.get(0).toLowerCase(Locale.ROOT);
        }
        return concept.variantsByLanguage().values().stream()
                .flatMap(List::stream)
                .findFirst()
                .orElse("")
                .toLowerCase(Locale.ROOT);
    }

    /** The language of the concepts the group's questions name most. */
    private static String mostUsedLanguage(List<Reading> group) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        group.forEach(r -> r.languages().forEach(language -> counts.merge(language, 1, Integer::sum)));
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("vi");
    }

    /**
     * A question as the clustering reads it.
     *
     * @param words its content words, folded, each with the form it was typed in
     * @param concepts the glossary concepts it names
     * @param languages the languages of the glossary forms it used
     */
    record Reading(
            QuestionSummary question, Map<String, String> words, Set<GlossaryTerm> concepts, List<String> languages) {

        static Reading of(QuestionSummary question, Glossary glossary) {
            Map<String, String> words = new LinkedHashMap<>();
            for (String token : question.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\d]+")) {
                String folded = Glossary.fold(token);
                if (folded.length() >= 2 && !STOP_WORDS.contains(folded)) {
                    words.putIfAbsent(folded, token);
                }
            }
            Set<GlossaryTerm> concepts = new HashSet<>(glossary.termsIn(question.text()));
            String folded = " " + Glossary.fold(question.text()) + " ";
            List<String> languages = new ArrayList<>();
            for (GlossaryTerm concept : concepts) {
                concept.variantsByLanguage().forEach((language, variants) -> {
                    if (variants.stream().anyMatch(v -> folded.contains(" " + Glossary.fold(v) + " "))) {
                        languages.add(language);
                    }
                });
            }
            return new Reading(question, words, concepts, languages);
        }
    }
}
