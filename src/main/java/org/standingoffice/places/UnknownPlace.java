package org.standingoffice.places;

import java.util.List;

/** A commune or province that is not a unit after the July 2025 merger, with close candidates. */
public class UnknownPlace extends IllegalArgumentException {

    private final List<String> candidates;

    public UnknownPlace(String message, List<String> candidates) {
        super(candidates.isEmpty() ? message : message + "; did you mean: " + String.join(", ", candidates) + "?");
        this.candidates = List.copyOf(candidates);
    }

    public List<String> candidates() {
        return candidates;
    }
}
