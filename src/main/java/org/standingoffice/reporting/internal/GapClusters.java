package org.standingoffice.reporting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standingoffice.desk.QuestionStatistics.QuestionSummary;
import org.standingoffice.knowledge.Words;
import org.standingoffice.reporting.KnowledgeGap;

/**
 * Groups questions by the content words they share (Jaccard similarity of their word sets, with
 * diacritics folded, since officials often type Vietnamese without them). Greedy single pass: a
 * question joins the first group whose words it overlaps enough, else starts one. Crude next to
 * the search module's embeddings, but reporting may not reach into search, and for a manager's
 * overview of a month's escalations it is enough.
 */
final class GapClusters {

    /** Two questions sharing at least this share of their words ask about the same thing. */
    static final double SIMILAR = 0.3;

    private static final Set<String> STOP_WORDS = Set.of(
            "what", "which", "when", "where", "does", "with", "from", "that", "this", "have", "there", "about", "must",
            "should", "will", "whom", "whose", "into", "after", "before", "their", "they", "been", "nhung", "cua",
            "cho", "voi", "nay", "nao", "duoc", "khong", "trong", "theo", "thi", "hay", "hoac", "the", "and", "for",
            "who", "how", "ai", "gi", "la", "va", "co", "cac", "mot", "khi", "nhu");

    private GapClusters() {}

    static List<KnowledgeGap> of(List<QuestionSummary> questions) {
        List<Set<String>> groupWords = new ArrayList<>();
        List<List<QuestionSummary>> groups = new ArrayList<>();
        for (QuestionSummary question : questions) {
            Set<String> words = words(question.text());
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < groups.size(); i++) {
                double score = Words.overlap(words, groupWords.get(i));
                if (score >= SIMILAR && score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best < 0) {
                groups.add(new ArrayList<>(List.of(question)));
                groupWords.add(new HashSet<>(words));
            } else {
                groups.get(best).add(question);
                groupWords.get(best).addAll(words);
            }
        }
        List<KnowledgeGap> gaps = new ArrayList<>();
        for (List<QuestionSummary> group : groups) {
            gaps.add(new KnowledgeGap(
                    sharedTerms(group),
                    group.stream()
                            .map(q -> new KnowledgeGap.Question(q.id().value(), q.text()))
                            .toList()));
        }
        gaps.sort(Comparator.comparingInt((KnowledgeGap gap) -> gap.questions().size())
                .reversed());
        return gaps;
    }

    static Set<String> words(String text) {
        Set<String> words = Words.of(text);
        words.removeIf(word -> word.length() < 2 || STOP_WORDS.contains(word));
        return words;
    }

    /** The words most of the group's questions use; for a single question, its own words. */
    private static List<String> sharedTerms(List<QuestionSummary> group) {
        Map<String, Integer> counts = new HashMap<>();
        group.forEach(q -> words(q.text()).forEach(word -> counts.merge(word, 1, Integer::sum)));
        int needed = group.size() == 1 ? 1 : 2;
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= needed)
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(8)
                .map(Map.Entry::getKey)
                .toList();
    }
}
