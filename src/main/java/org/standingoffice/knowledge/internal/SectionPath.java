package org.standingoffice.knowledge.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a section sits in its document, written the way the document's readers cite it:
 * "4(2)", "3(1)(ii)", "Article 5(2)(a)", "Điều 31", "điểm a khoản 2 Điều 31", "para. 3".
 */
record SectionPath(List<Step> steps) {

    record Step(SectionKind kind, String value, boolean vietnamese) {}

    SectionPath {
        steps = List.copyOf(steps);
    }

    String label() {
        Step first = steps.get(0);
        if (first.kind() == SectionKind.ARTICLE && first.vietnamese()) {
            return vietnameseLabel();
        }
        StringBuilder label = new StringBuilder(outermost(first));
        steps.subList(1, steps.size())
                .forEach(step -> label.append('(').append(step.value()).append(')'));
        return label.toString();
    }

    private static String outermost(Step step) {
        return switch (step.kind()) {
            case ARTICLE -> "Article " + step.value();
            case PARAGRAPH -> "para. " + step.value();
            default -> step.value();
        };
    }

    private String vietnameseLabel() {
        List<String> parts = new ArrayList<>();
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step step = steps.get(i);
            parts.add(
                    switch (step.kind()) {
                        case ARTICLE -> "Điều " + step.value();
                        case CLAUSE -> "khoản " + step.value();
                        case LETTER -> "điểm " + step.value();
                        default -> "(" + step.value() + ")";
                    });
        }
        return String.join(" ", parts);
    }
}
