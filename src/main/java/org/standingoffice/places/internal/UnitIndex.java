package org.standingoffice.places.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standingoffice.places.Place;

/**
 * The administrative units keyed the way people's spellings are compared: folded, without type
 * words and without spaces ({@link VietMapUnits#key}). Built once from the VietMap files.
 */
final class UnitIndex {

    /** A current province or commune. */
    record Unit(String code, String name, String nameWithType, String type, String provinceCode) {}

    /**
     * Short forms of provinces that people type and the data does not carry. Pre-merger provinces
     * come from the old-to-new mapping instead.
     */
    static final Map<String, String> PROVINCE_ABBREVIATIONS = Map.of(
            "hn", "hanoi",
            "hcm", "hochiminh",
            "tphcm", "hochiminh",
            "sg", "hochiminh",
            "saigon", "hochiminh",
            "hp", "haiphong");

    final Map<String, Unit> provincesByCode = new HashMap<>();
    /** Current names, abbreviations and pre-merger provinces. */
    final Map<String, Unit> provincesByKey = new HashMap<>();

    final Map<String, Unit> communesByCode = new HashMap<>();
    /** Code → key, computed once: folding is the costly part of comparing names. */
    final Map<String, String> communeKeys = new HashMap<>();
    /** Province code → key → commune. */
    final Map<String, Map<String, Unit>> communesByProvince = new HashMap<>();
    /** Key → communes of that name in any province. */
    final Map<String, List<Unit>> communesByKey = new HashMap<>();
    /** Key of a pre-merger commune → codes of the current communes it became, per province. */
    final Map<String, Map<String, Set<String>>> formerByProvince = new HashMap<>();

    void addProvince(Unit province) {
        provincesByCode.put(province.code(), province);
        provincesByKey.put(nameKey(province.name()), province);
    }

    void addCommune(Unit commune) {
        communesByCode.put(commune.code(), commune);
        String key = nameKey(commune.name());
        communeKeys.put(commune.code(), key);
        communesByProvince
                .computeIfAbsent(commune.provinceCode(), code -> new HashMap<>())
                .put(key, commune);
        communesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(commune);
    }

    /** A former province name; a current name with the same key wins. */
    void addFormerProvince(String formerName, Unit current) {
        provincesByKey.putIfAbsent(VietMapUnits.key(formerName), current);
    }

    void addFormerCommune(String provinceCode, String formerName, String currentCode) {
        formerByProvince
                .computeIfAbsent(provinceCode, code -> new HashMap<>())
                .computeIfAbsent(VietMapUnits.key(formerName), key -> new java.util.LinkedHashSet<>())
                .add(currentCode);
    }

    void addAbbreviations() {
        PROVINCE_ABBREVIATIONS.forEach((abbreviation, key) -> {
            Unit province = provincesByKey.get(key);
            if (province != null) {
                provincesByKey.putIfAbsent(abbreviation, province);
            }
        });
    }

    /**
     * The key of a name from the data, which carries no type word: "Quan Sơn" must not lose its
     * first word the way a typed "quận Ba Đình" does.
     */
    static String nameKey(String name) {
        return org.standingoffice.knowledge.Glossary.fold(name).replace(" ", "");
    }

    Place place(Unit commune, String formerName) {
        Unit province = provincesByCode.get(commune.provinceCode());
        return new Place(commune.code(), commune.nameWithType(), province.code(), province.nameWithType(), formerName);
    }
}
