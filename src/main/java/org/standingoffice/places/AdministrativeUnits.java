package org.standingoffice.places;

import java.util.List;
import java.util.Optional;

/**
 * Vietnam's 34 provinces and 3,321 communes after the July 2025 merger (administrative data
 * provided by VietMap), and the pre-merger names people still use.
 */
public interface AdministrativeUnits {

    /** The provinces' names with their type ("Thành phố Hà Nội", "Tỉnh Đồng Nai"), sorted. */
    List<String> provinces();

    /**
     * Resolves what an asker wrote — with or without diacritics and type words ("xã", "phường",
     * "tỉnh", "TP"), new or pre-merger names — to a current unit.
     *
     * @throws UnknownPlace when the province or commune is unknown, or an old name maps to several
     *     new communes (the candidates say which)
     */
    Place resolve(String commune, String province);

    /**
     * Reads a place as people type it in one line: commune and province in either order, with or
     * without diacritics, punctuation or type words, abbreviated ("P.", "X.", "TT", "TP", "Q.",
     * "HN", "HCM"), with the old district ("P. Ba Đình Q. Ba Đình Hà Nội"), or by pre-merger
     * names. Never throws: a line that names no unit gives no place and the closest candidates.
     */
    PlaceMatch read(String line);

    /**
     * Whether {@code name} names one of the 34 provinces, in any spelling people use: with or
     * without diacritics or spaces ("Da Nang", "Hanoi", "Hà Nội"), or a common short form ("HCM").
     */
    boolean isProvince(String name);

    /** The current unit with this commune code (see {@link Place#communeCode()}). */
    Optional<Place> place(String communeCode);
}
