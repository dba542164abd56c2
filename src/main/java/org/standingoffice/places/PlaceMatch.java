package org.standingoffice.places;

import java.util.List;

/**
 * What a line an asker wrote says about where they work (see {@link AdministrativeUnits#read}).
 *
 * @param place the one unit the line names, or {@code null} when it names none or several
 * @param candidates when {@code place} is null: the units the line may mean (a name shared by
 *     several provinces, a pre-merger commune split in July 2025, a near miss), best first; empty
 *     when nothing comes close
 * @param province the province the line names, also when no commune of it was recognised; {@code
 *     null} when it names none
 * @param wholeLine every word of the line is part of the place (type words, names, a district):
 *     tells "Phường Ba Đình, Hà Nội?" from a question that merely mentions a place
 */
public record PlaceMatch(Place place, List<Place> candidates, String province, boolean wholeLine) {

    public PlaceMatch {
        candidates = List.copyOf(candidates);
    }

    public boolean found() {
        return place != null;
    }
}
