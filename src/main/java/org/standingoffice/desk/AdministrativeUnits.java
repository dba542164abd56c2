package org.standingoffice.desk;

import java.util.List;

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
}
