package org.standingoffice.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.standingoffice.drafting.Assistant;
import org.standingoffice.drafting.Decision;
import org.standingoffice.knowledge.IngestedFile;
import org.standingoffice.knowledge.KnowledgeBase;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.search.RetrievedPassage;
import org.standingoffice.search.ScratchIndex;
import org.standingoffice.search.ScratchIndexes;

/**
 * Runs labelled questions through the assistant — the path {@code ask} and the desk use — and
 * judges each outcome. Items that leave passages out are asked of a scratch index of the
 * knowledge base without every passage containing one of their {@code leave_out} strings, built
 * once per distinct leave-out set; the others are asked of the service's own index.
 */
final class LabelledRun {

    /**
     * What happened to one item.
     *
     * @param evidenceRank the 1-based rank of the first passage containing an evidence string, 0
     *     when none does (always 0 for unanswerable items)
     * @param draftHasEvidence the draft text contains an evidence string
     * @param quotesVerbatim every «quote» of the draft is a verbatim span of a retrieved passage
     *     (verbatim spans joined by "…" allowed)
     * @param right a draft from the passages would answer it: answerable and the evidence is among
     *     the passages a draft quotes from
     */
    record Outcome(
            LabelledQuestion item,
            Assistant.AssistedDraft assisted,
            int evidenceRank,
            boolean draftHasEvidence,
            boolean quotesVerbatim,
            boolean right) {

        boolean drafted() {
            return assisted.draft().decision() == Decision.ANSWER;
        }

        double confidence() {
            return assisted.confidence();
        }
    }

    private static final Pattern QUOTE = Pattern.compile("«([^»]*)»");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final Assistant assistant;
    private final KnowledgeBase knowledgeBase;
    private final ScratchIndexes scratchIndexes;
    private final int top;
    private final int quoted;

    /** The knowledge base as ingested, read once for the leave-outs and the answering units alike. */
    private List<IngestedFile> ingested;

    /**
     * @param top how many passages each question retrieves (recall is measured to this depth)
     * @param quoted how many of them a draft quotes from: evidence there makes an outcome right
     */
    LabelledRun(Assistant assistant, KnowledgeBase knowledgeBase, ScratchIndexes scratchIndexes, int top, int quoted) {
        this.assistant = assistant;
        this.knowledgeBase = knowledgeBase;
        this.scratchIndexes = scratchIndexes;
        this.top = top;
        this.quoted = quoted;
    }

    List<Outcome> run(List<LabelledQuestion> items) {
        Map<Set<String>, List<LabelledQuestion>> byLeaveOut = items.stream()
                .collect(Collectors.groupingBy(LabelledQuestion::leaveOut, LinkedHashMap::new, Collectors.toList()));
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        List<IngestedFile> files = byLeaveOut.keySet().stream().anyMatch(set -> !set.isEmpty()) ? ingest() : List.of();
        for (Map.Entry<Set<String>, List<LabelledQuestion>> group : byLeaveOut.entrySet()) {
            if (group.getKey().isEmpty()) {
                group.getValue().forEach(item -> outcomes.put(item.id(), judge(item, assistant)));
                continue;
            }
            try (ScratchIndex scratch = scratchIndexes.open()) {
                int removed = fill(scratch, files, group.getKey());
                if (removed == 0) {
                    System.err.println("no passage contains the leave-out strings of "
                            + group.getValue().stream()
                                    .map(LabelledQuestion::id)
                                    .toList()
                            + ": they are asked of the whole knowledge base");
                }
                Assistant over = assistant.over(scratch);
                group.getValue().forEach(item -> outcomes.put(item.id(), judge(item, over)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return items.stream().map(item -> outcomes.get(item.id())).toList();
    }

    /**
     * The answering unit of each item, by id: items whose evidence or leave-out strings reach a
     * common passage share one (transitively), so every question about a point, in any wording or
     * language, its counterfactual and its leave-one-outs, are one unit; an item that reaches no
     * passage (a near-miss) is a unit of its own. Named by the least id among its items.
     */
    Map<String, String> answeringUnits(List<LabelledQuestion> items) {
        return answeringUnits(
                items,
                ingest().stream().flatMap(file -> file.passages().stream()).toList());
    }

    /** The {@link #answeringUnits(List)} of {@code items} over {@code passages}. */
    static Map<String, String> answeringUnits(List<LabelledQuestion> items, List<Passage> passages) {
        Map<String, String> parent = new LinkedHashMap<>();
        Map<Integer, String> firstItemOfPassage = new LinkedHashMap<>();
        for (LabelledQuestion item : items) {
            parent.putIfAbsent(item.id(), item.id());
            List<String> strings = new ArrayList<>(item.evidence());
            strings.addAll(item.leaveOut());
            for (int p = 0; p < passages.size() && !strings.isEmpty(); p++) {
                if (containsAny(passages.get(p).contextualText(), strings)) {
                    String first = firstItemOfPassage.putIfAbsent(p, item.id());
                    if (first != null) {
                        union(parent, first, item.id());
                    }
                }
            }
        }
        Map<String, String> units = new LinkedHashMap<>();
        parent.keySet().forEach(id -> units.put(id, root(parent, id)));
        return units;
    }

    private static void union(Map<String, String> parent, String one, String other) {
        String a = root(parent, one);
        String b = root(parent, other);
        // The lesser id is the root, so a unit's name does not depend on the order of the items.
        if (a.compareTo(b) < 0) {
            parent.put(b, a);
        } else if (b.compareTo(a) < 0) {
            parent.put(a, b);
        }
    }

    private static String root(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private Outcome judge(LabelledQuestion item, Assistant asked) {
        Assistant.AssistedDraft assisted = asked.draft(item.question(), top);
        List<RetrievedPassage> passages = assisted.retrieval().passages();
        int rank = 0;
        if (item.answerable()) {
            for (int i = 0; i < passages.size() && rank == 0; i++) {
                if (containsAny(passages.get(i).passage().contextualText(), item.evidence())) {
                    rank = i + 1;
                }
            }
        }
        String draft = assisted.draft().text();
        boolean draftHasEvidence = item.answerable() && containsAny(draft, item.evidence());
        boolean right = item.answerable() && rank > 0 && rank <= quoted;
        return new Outcome(item, assisted, rank, draftHasEvidence, quotesVerbatim(draft, passages), right);
    }

    /** Every «quote» is one verbatim span of one retrieved passage, or such spans joined by "…". */
    static boolean quotesVerbatim(String draft, List<RetrievedPassage> passages) {
        Matcher quotes = QUOTE.matcher(draft);
        while (quotes.find()) {
            String[] spans = quotes.group(1).split("…");
            boolean found = passages.stream().anyMatch(passage -> {
                String text = normalised(passage.passage().text());
                for (String span : spans) {
                    if (!span.isBlank() && !text.contains(normalised(span))) {
                        return false;
                    }
                }
                return true;
            });
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(String text, List<String> evidence) {
        String haystack = normalised(text);
        return evidence.stream().anyMatch(string -> haystack.contains(normalised(string)));
    }

    private static String normalised(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    private List<IngestedFile> ingest() {
        if (ingested == null) {
            List<IngestedFile> files = new ArrayList<>();
            for (SourceFile file : knowledgeBase.files()) {
                files.add(knowledgeBase.ingest(file));
            }
            ingested = List.copyOf(files);
        }
        return ingested;
    }

    /** Puts every passage but those containing a leave-out string; returns how many were left out. */
    private int fill(ScratchIndex index, List<IngestedFile> files, Set<String> leaveOut) {
        int removed = 0;
        for (IngestedFile file : files) {
            List<Passage> kept = new ArrayList<>();
            for (Passage passage : file.passages()) {
                if (containsAny(passage.contextualText(), List.copyOf(leaveOut))) {
                    removed++;
                } else {
                    kept.add(passage);
                }
            }
            index.put(file.file().name(), kept);
        }
        index.commit(knowledgeBase.glossary(), knowledgeBase.typingHabits());
        return removed;
    }
}
