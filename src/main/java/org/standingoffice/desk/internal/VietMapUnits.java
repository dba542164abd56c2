package org.standingoffice.desk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.standingoffice.desk.AdministrativeUnits;
import org.standingoffice.desk.Place;
import org.standingoffice.desk.UnknownPlace;
import org.standingoffice.knowledge.Glossary;
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
    private static final Pattern TYPE_WORDS =
            Pattern.compile("^(?:thanh pho|tinh|tp|xa|phuong|dac khu|thi tran|quan|huyen|thi xa)\\s+");
    private static final int MAX_CANDIDATES = 5;

    /** A current unit. */
    private record Unit(String code, String name, String nameWithType, String provinceCode) {}

    /** The loaded data. */
    private record Data(
            Map<String, Unit> provincesByKey,
            Map<String, Map<String, Unit>> communesByProvince,
            Map<String, Map<String, Set<String>>> formerToCurrent) {}

    private volatile Data data;

    @Override
    public List<String> provinces() {
        return data().provincesByKey().values().stream()
                .map(Unit::nameWithType)
                .sorted(Comparator.comparing(Glossary::fold))
                .toList();
    }

    @Override
    public Place resolve(String commune, String province) {
        Data loaded = data();
        Unit provinceUnit = loaded.provincesByKey().get(key(province));
        if (provinceUnit == null) {
            throw new UnknownPlace(
                    "'" + province + "' is not one of the 34 provinces",
                    closest(province, loaded.provincesByKey().values()));
        }
        Map<String, Unit> communes = loaded.communesByProvince().getOrDefault(provinceUnit.code(), Map.of());
        Unit current = communes.get(key(commune));
        if (current != null) {
            return place(current, provinceUnit, null);
        }
        Set<String> successors = loaded.formerToCurrent()
                .getOrDefault(provinceUnit.code(), Map.of())
                .getOrDefault(key(commune), Set.of());
        if (successors.size() == 1) {
            return place(communes.get(successors.iterator().next()), provinceUnit, commune);
        }
        if (successors.size() > 1) {
            throw new UnknownPlace(
                    "'" + commune + "' was split between several communes in July 2025",
                    successors.stream()
                            .map(successor -> communes.get(successor).nameWithType())
                            .toList());
        }
        throw new UnknownPlace(
                "'" + commune + "' is not a commune of " + provinceUnit.nameWithType(),
                closest(commune, communes.values()));
    }

    private static Place place(Unit commune, Unit province, String formerName) {
        return new Place(commune.code(), commune.nameWithType(), province.code(), province.nameWithType(), formerName);
    }

    /** Units whose folded name starts like the given one: enough to catch a typo's neighbours. */
    private static List<String> closest(String written, java.util.Collection<Unit> units) {
        String wanted = key(written);
        if (wanted.length() < 2) {
            return List.of();
        }
        String prefix = wanted.substring(0, Math.min(3, wanted.length()));
        return units.stream()
                .filter(unit -> key(unit.name()).startsWith(prefix))
                .map(Unit::nameWithType)
                .limit(MAX_CANDIDATES)
                .toList();
    }

    static String key(String name) {
        String folded = name == null ? "" : Glossary.fold(name);
        return TYPE_WORDS.matcher(folded).replaceFirst("").replace(" ", "");
    }

    private Data data() {
        Data loaded = data;
        if (loaded == null) {
            synchronized (this) {
                if (data == null) {
                    data = load();
                }
                loaded = data;
            }
        }
        return loaded;
    }

    private static Data load() {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Unit> provinces = new HashMap<>();
        Map<String, Unit> provincesByCode = new HashMap<>();
        for (JsonNode node : json.readTree(resource("province.json")).values()) {
            Unit unit = new Unit(text(node, "code"), text(node, "name"), text(node, "name_with_type"), null);
            provinces.put(key(unit.name()), unit);
            provincesByCode.put(unit.code(), unit);
        }
        Map<String, Map<String, Unit>> communes = new HashMap<>();
        for (JsonNode node : json.readTree(resource("ward.json")).values()) {
            Unit unit = new Unit(
                    text(node, "code"), text(node, "name"), text(node, "name_with_type"), text(node, "parent_code"));
            communes.computeIfAbsent(unit.provinceCode(), code -> new HashMap<>())
                    .put(key(unit.name()), unit);
        }
        return new Data(provinces, communes, formerNames(provinces));
    }

    /** Province code → folded former commune name → folded current commune names. */
    private static Map<String, Map<String, Set<String>>> formerNames(Map<String, Unit> provinces) {
        Map<String, Map<String, Set<String>>> former = new HashMap<>();
        DataFormatter cells = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(resource("admin_mapping_old_to_new.xlsx"))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                Unit province = provinces.get(key(cells.formatCellValue(row.getCell(7))));
                if (province == null) {
                    continue;
                }
                former.computeIfAbsent(province.code(), code -> new HashMap<>())
                        .computeIfAbsent(key(cells.formatCellValue(row.getCell(5))), name -> new LinkedHashSet<>())
                        .add(key(cells.formatCellValue(row.getCell(9))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the old-to-new mapping", e);
        }
        return former;
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
