package org.standingoffice.places.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.places.AdministrativeUnits;
import org.standingoffice.places.Place;
import org.standingoffice.places.PlaceMatch;
import org.standingoffice.places.UnitNames;
import org.standingoffice.places.UnknownPlace;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The VietMap administrative data shipped under {@code vn-admin-units/}: current provinces and
 * communes from the JSON files, and the old-to-new mapping from the spreadsheet. Loaded on first
 * use; names are compared folded (no case, no diacritics, no type words).
 */
@Component
class VietMapUnits implements AdministrativeUnits {

    private static final String FOLDER = "/vn-admin-units/";
    private static final int MAX_CANDIDATES = 5;

    /**
     * The loaded files and their reader, one per JVM rather than per instance: they are read-only
     * once built from files that never change while the JVM runs, and a JVM that starts several
     * application contexts (as the tests do) read the 70 MB again for each.
     */
    private static volatile UnitIndex index;

    private static volatile PlaceReader reader;

    private volatile Set<String> provinceKeys;

    @Override
    public List<String> provinces() {
        return index().provincesByCode.values().stream()
                .map(UnitIndex.Unit::nameWithType)
                .sorted(Comparator.comparing(Glossary::fold))
                .toList();
    }

    /**
     * Read from the provinces' file alone, not the whole index: reading every question for the
     * provinces it names must not load the communes and the old-to-new spreadsheet (about 70 MB).
     */
    @Override
    public boolean isProvince(String name) {
        Set<String> keys = provinceKeys;
        if (keys == null) {
            Set<String> read = new HashSet<>(UnitIndex.PROVINCE_ABBREVIATIONS.keySet());
            readProvinces().forEach(province -> read.add(UnitIndex.nameKey(province.name())));
            keys = Set.copyOf(read);
            provinceKeys = keys;
        }
        return keys.contains(key(name));
    }

    @Override
    public Place resolve(String commune, String province) {
        UnitIndex loaded = index();
        UnitIndex.Unit provinceUnit = loaded.provincesByKey.get(key(province));
        if (provinceUnit == null) {
            throw new UnknownPlace(
                    "'" + province + "' is not one of the 34 provinces",
                    closest(province, loaded.provincesByCode.values()));
        }
        Map<String, UnitIndex.Unit> communes = loaded.communesByProvince.getOrDefault(provinceUnit.code(), Map.of());
        UnitIndex.Unit current = communes.get(key(commune));
        if (current != null) {
            return loaded.place(current, null);
        }
        Set<String> successors = loaded.formerByProvince
                .getOrDefault(provinceUnit.code(), Map.of())
                .getOrDefault(key(commune), Set.of());
        if (successors.size() == 1) {
            return loaded.place(loaded.communesByCode.get(successors.iterator().next()), commune);
        }
        if (successors.size() > 1) {
            throw new UnknownPlace(
                    "'" + commune + "' was split between several communes in July 2025",
                    successors.stream()
                            .map(successor ->
                                    loaded.communesByCode.get(successor).nameWithType())
                            .toList());
        }
        throw new UnknownPlace(
                "'" + commune + "' is not a commune of " + provinceUnit.nameWithType(),
                closest(commune, communes.values()));
    }

    @Override
    public PlaceMatch read(String line) {
        index();
        return reader.read(line);
    }

    @Override
    public Optional<Place> place(String communeCode) {
        UnitIndex loaded = index();
        return Optional.ofNullable(communeCode == null ? null : loaded.communesByCode.get(communeCode))
                .map(commune -> loaded.place(commune, null));
    }

    /** Units whose folded name starts like the given one: enough to catch a typo's neighbours. */
    private static List<String> closest(String written, Collection<UnitIndex.Unit> units) {
        String wanted = key(written);
        if (wanted.length() < 2) {
            return List.of();
        }
        String prefix = wanted.substring(0, Math.min(3, wanted.length()));
        return units.stream()
                .filter(unit -> key(unit.name()).startsWith(prefix))
                .map(UnitIndex.Unit::nameWithType)
                .limit(MAX_CANDIDATES)
                .toList();
    }

    static String key(String name) {
        return UnitNames.key(name);
    }

    private static UnitIndex index() {
        UnitIndex loaded = index;
        if (loaded == null) {
            synchronized (VietMapUnits.class) {
                if (index == null) {
                    UnitIndex built = load();
                    reader = new PlaceReader(built);
                    index = built;
                }
                loaded = index;
            }
        }
        return loaded;
    }

    private static UnitIndex load() {
        JsonMapper json = JsonMapper.builder().build();
        UnitIndex index = new UnitIndex();
        readProvinces().forEach(index::addProvince);
        for (JsonNode node : json.readTree(resource("ward.json")).values()) {
            index.addCommune(new UnitIndex.Unit(
                    text(node, "code"),
                    text(node, "name"),
                    text(node, "name_with_type"),
                    text(node, "type"),
                    text(node, "parent_code")));
        }
        formerNames(index);
        index.addAbbreviations();
        return index;
    }

    /** The 34 provinces of {@code province.json}. */
    private static List<UnitIndex.Unit> readProvinces() {
        List<UnitIndex.Unit> provinces = new ArrayList<>();
        for (JsonNode node :
                JsonMapper.builder().build().readTree(resource("province.json")).values()) {
            provinces.add(new UnitIndex.Unit(
                    text(node, "code"), text(node, "name"), text(node, "name_with_type"), text(node, "type"), null));
        }
        return provinces;
    }

    /** Pre-merger provinces and communes, from the spreadsheet's old and new columns. */
    private static void formerNames(UnitIndex index) {
        DataFormatter cells = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(resource("admin_mapping_old_to_new.xlsx"))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                UnitIndex.Unit province = index.provincesByKey.get(key(cells.formatCellValue(row.getCell(7))));
                if (province == null) {
                    continue;
                }
                index.addFormerProvince(cells.formatCellValue(row.getCell(1)), province);
                UnitIndex.Unit current = index.communesByProvince
                        .getOrDefault(province.code(), Map.of())
                        .get(key(cells.formatCellValue(row.getCell(9))));
                if (current != null) {
                    index.addFormerCommune(province.code(), cells.formatCellValue(row.getCell(5)), current.code());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the old-to-new mapping", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = VietMapUnits.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + FOLDER + name);
        }
        return in;
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asString();
    }
}
