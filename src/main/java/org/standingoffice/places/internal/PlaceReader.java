package org.standingoffice.places.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.places.Place;
import org.standingoffice.places.PlaceMatch;

/**
 * Reads commune and province from one line as officials type it. The line is folded and cut into
 * words; type words ("phường", "P.", "xã", "TT", "tỉnh", "TP", "quận", "huyện") only say what the
 * next name is. Every run of words that is a province's name (current, pre-merger or an
 * abbreviation such as "HN") is tried as the province, and so is "no province"; the remaining words
 * are searched for a commune of that province (or of any province), by current name first and
 * pre-merger name second. The reading that explains the most words wins.
 *
 * <p>The longest matching run wins over shorter ones inside it, so "Tân Lập" is not read as a
 * commune "Lập". When several communes remain (a name in several provinces, a split commune), the
 * type word and the diacritics as typed break the tie; what still remains are candidates. A line
 * naming no unit gets the nearest names by edit distance as candidates, within a distance that
 * grows with the name's length, so a typo finds its commune but a sentence finds nothing.
 */
final class PlaceReader {

    private static final int MAX_CANDIDATES = 6;
    private static final int MAX_PROVINCE_WORDS = 4;
    private static final int MAX_COMMUNE_WORDS = 5;

    /** A word's role when it is a type word. */
    private enum Marker {
        COMMUNE,
        DISTRICT,
        PROVINCE,
        /** "TP": a province-level city, or before the merger a city inside a province. */
        CITY
    }

    private static final Map<String, Marker> MARKERS = Map.ofEntries(
            Map.entry("p", Marker.COMMUNE),
            Map.entry("phuong", Marker.COMMUNE),
            Map.entry("x", Marker.COMMUNE),
            Map.entry("xa", Marker.COMMUNE),
            Map.entry("tt", Marker.COMMUNE),
            Map.entry("dk", Marker.COMMUNE),
            Map.entry("q", Marker.DISTRICT),
            Map.entry("quan", Marker.DISTRICT),
            Map.entry("h", Marker.DISTRICT),
            Map.entry("huyen", Marker.DISTRICT),
            Map.entry("tx", Marker.DISTRICT),
            Map.entry("tinh", Marker.PROVINCE),
            Map.entry("t", Marker.PROVINCE),
            Map.entry("tp", Marker.CITY));

    /** Two-word type words, read as one. */
    private static final Map<String, String> PAIRS =
            Map.of("thi tran", "tt", "thanh pho", "tp", "dac khu", "dk", "thi xa", "tx");

    /** The commune type a commune type word asks for. */
    private static final Map<String, String> TYPES =
            Map.of("p", "phuong", "phuong", "phuong", "x", "xa", "xa", "xa", "tt", "xa", "dk", "dac-khu");

    private final UnitIndex index;

    PlaceReader(UnitIndex index) {
        this.index = index;
    }

    /** One word of the line: folded, and as typed (lower case, diacritics kept) for tie-breaks. */
    private record Word(String folded, String typed) {

        Marker marker() {
            return MARKERS.get(folded);
        }
    }

    /** A commune found in a run of words. */
    private record Hit(UnitIndex.Unit commune, String formerName, int start, int end, int score) {}

    /** One way of reading the line. */
    private record Reading(
            UnitIndex.Unit province, int provinceStart, int provinceEnd, List<Hit> best, int explained) {}

    PlaceMatch read(String line) {
        List<Word> words = words(line == null ? "" : line);
        if (words.isEmpty()) {
            return new PlaceMatch(null, List.of(), null, false);
        }
        List<Reading> readings = new ArrayList<>();
        readings.add(reading(words, null, -1, -1));
        for (int start = 0; start < words.size(); start++) {
            for (int end = start + 1; end <= Math.min(words.size(), start + MAX_PROVINCE_WORDS); end++) {
                if (words.get(end - 1).marker() != null) {
                    continue;
                }
                UnitIndex.Unit province = index.provincesByKey.get(key(words, start, end));
                if (province != null) {
                    readings.add(reading(words, province, start, end));
                }
            }
        }
        Reading chosen = readings.stream()
                .max(Comparator.comparingInt(Reading::explained)
                        .thenComparingInt((Reading reading) -> reading.best().isEmpty() ? 0 : 1)
                        .thenComparingInt(Reading::provinceEnd))
                .orElseThrow();
        String province = chosen.province() == null ? null : chosen.province().nameWithType();
        boolean whole = chosen.explained() == words.size();
        List<Place> places = distinct(chosen.best());
        // A pre-merger name is trusted only with its province: "Ba" was a commune once, and is a
        // word in many sentences.
        boolean trusted = chosen.province() != null || chosen.best().stream().allMatch(hit -> hit.formerName() == null);
        if (places.size() == 1 && trusted) {
            return new PlaceMatch(places.get(0), List.of(), province, whole);
        }
        if (!places.isEmpty()) {
            return new PlaceMatch(null, places, province, whole);
        }
        return new PlaceMatch(null, near(words, chosen), province, whole);
    }

    private Reading reading(List<Word> words, UnitIndex.Unit province, int provinceStart, int provinceEnd) {
        List<Hit> hits = new ArrayList<>();
        for (int start = 0; start < words.size(); start++) {
            for (int end = start + 1; end <= Math.min(words.size(), start + MAX_COMMUNE_WORDS); end++) {
                if (end > provinceStart && start < provinceEnd) {
                    break; // overlaps the province
                }
                if (words.get(end - 1).marker() != null) {
                    continue;
                }
                hits.addAll(hits(words, province, start, end));
            }
        }
        // A name right after "huyện", "quận" or "Q." is the old district's ("xã Vĩnh Thanh, huyện Nhơn
        // Trạch": today a Phường Nhơn Trạch exists too); it names the commune only when nothing else does.
        if (hits.stream().anyMatch(hit -> !afterDistrict(words, hit))) {
            hits = hits.stream().filter(hit -> !afterDistrict(words, hit)).toList();
        }
        // The longest run wins; within it, the best score decides when only one commune has it,
        // else all of the run's communes are candidates, best first.
        int longest =
                hits.stream().mapToInt(hit -> hit.end() - hit.start()).max().orElse(0);
        List<Hit> best = hits.stream()
                .filter(hit -> hit.end() - hit.start() == longest)
                .sorted(Comparator.comparingInt(Hit::score).reversed())
                .toList();
        if (best.stream().anyMatch(hit -> hit.formerName() == null)) {
            best = best.stream().filter(hit -> hit.formerName() == null).toList();
        }
        if (!best.isEmpty()) {
            int top = best.get(0).score();
            List<Hit> winners = best.stream().filter(hit -> hit.score() == top).toList();
            if (winners.stream().map(hit -> hit.commune().code()).distinct().count() == 1) {
                best = winners;
            }
        }
        return new Reading(
                province, provinceStart, provinceEnd, best, explained(words, provinceStart, provinceEnd, best));
    }

    private static boolean afterDistrict(List<Word> words, Hit hit) {
        return hit.start() > 0 && words.get(hit.start() - 1).marker() == Marker.DISTRICT;
    }

    private List<Hit> hits(List<Word> words, UnitIndex.Unit province, int start, int end) {
        String key = key(words, start, end);
        String type = start > 0 ? TYPES.get(words.get(start - 1).folded()) : null;
        String typed = typed(words, start, end);
        List<Hit> hits = new ArrayList<>();
        List<UnitIndex.Unit> current = province == null
                ? index.communesByKey.getOrDefault(key, List.of())
                : java.util.stream.Stream.ofNullable(index.communesByProvince
                                .getOrDefault(province.code(), Map.of())
                                .get(key))
                        .toList();
        for (UnitIndex.Unit commune : current) {
            hits.add(new Hit(commune, null, start, end, score(end - start, true, type, typed, commune)));
        }
        for (Map.Entry<String, Map<String, Set<String>>> former : index.formerByProvince.entrySet()) {
            if (province != null && !province.code().equals(former.getKey())) {
                continue;
            }
            for (String code : former.getValue().getOrDefault(key, Set.of())) {
                UnitIndex.Unit commune = index.communesByCode.get(code);
                hits.add(new Hit(
                        commune, words(words, start, end), start, end, score(end - start, false, null, null, null)));
            }
        }
        return hits;
    }

    /**
     * Longer runs first; then a current name over a pre-merger one, the commune type asked for,
     * and the name's diacritics exactly as typed.
     */
    private static int score(int length, boolean current, String type, String typed, UnitIndex.Unit commune) {
        int score = length * 100 + (current ? 10 : 0);
        if (commune != null && type != null && type.equals(commune.type())) {
            score += 5;
        }
        // Diacritics as typed say which of "Ba Đình" and "Ba Dinh" is meant; typed without any, they
        // say nothing.
        boolean accented = typed != null && !typed.chars().allMatch(c -> c < 128);
        if (commune != null && accented && typed.equals(commune.name().toLowerCase(java.util.Locale.ROOT))) {
            score += 2;
        }
        return score;
    }

    /** Words the reading accounts for: the names, their type words, and an old district's name. */
    private static int explained(List<Word> words, int provinceStart, int provinceEnd, List<Hit> best) {
        boolean[] used = new boolean[words.size()];
        for (int i = Math.max(0, provinceStart); i < provinceEnd; i++) {
            used[i] = true;
        }
        for (Hit hit : best) {
            for (int i = hit.start(); i < hit.end(); i++) {
                used[i] = true;
            }
        }
        boolean district = false;
        for (int i = 0; i < words.size(); i++) {
            Marker marker = words.get(i).marker();
            if (marker != null) {
                used[i] = true;
                district = marker == Marker.DISTRICT || marker == Marker.CITY;
            } else if (district && !used[i] && (provinceStart < 0 || i < provinceStart || i >= provinceEnd)) {
                used[i] = true; // "Q. Ba Đình", "huyện Bến Lức": the district before the merger
            } else if (used[i]) {
                district = false;
            }
        }
        int count = 0;
        for (boolean word : used) {
            count += word ? 1 : 0;
        }
        return count;
    }

    private List<Place> distinct(List<Hit> hits) {
        Map<String, Place> places = new LinkedHashMap<>();
        for (Hit hit : hits) {
            places.putIfAbsent(hit.commune().code(), index.place(hit.commune(), hit.formerName()));
        }
        return places.values().stream().limit(MAX_CANDIDATES).toList();
    }

    /**
     * The communes nearest to the words no reading explained, by edit distance of their keys: at
     * most one edit for names up to eight letters, two beyond.
     */
    private List<Place> near(List<Word> words, Reading reading) {
        Map<String, Integer> distances = new LinkedHashMap<>();
        Map<String, UnitIndex.Unit> units = new LinkedHashMap<>();
        Iterable<UnitIndex.Unit> communes = reading.province() == null
                ? index.communesByCode.values()
                : index.communesByProvince
                        .getOrDefault(reading.province().code(), Map.of())
                        .values();
        for (int start = 0; start < words.size(); start++) {
            for (int end = start + 1; end <= Math.min(words.size(), start + MAX_COMMUNE_WORDS); end++) {
                if (end > reading.provinceStart() && start < reading.provinceEnd()) {
                    break;
                }
                if (words.get(start).marker() != null || words.get(end - 1).marker() != null) {
                    continue;
                }
                String key = key(words, start, end);
                if (key.length() < 4) {
                    continue;
                }
                int allowed = key.length() <= 8 ? 1 : 2;
                for (UnitIndex.Unit commune : communes) {
                    String name = index.communeKeys.get(commune.code());
                    if (Math.abs(name.length() - key.length()) > allowed) {
                        continue;
                    }
                    int distance = distance(key, name, allowed);
                    if (distance <= allowed && distance < distances.getOrDefault(commune.code(), Integer.MAX_VALUE)) {
                        distances.put(commune.code(), distance);
                        units.put(commune.code(), commune);
                    }
                }
            }
        }
        return distances.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .limit(MAX_CANDIDATES)
                .map(entry -> index.place(units.get(entry.getKey()), null))
                .toList();
    }

    /** Optimal string alignment distance, given up once every path exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    /** The line's words, with two-word type words joined and "P.Ba" split. */
    private static List<Word> words(String line) {
        String lower = line.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\d]+", " ")
                .strip();
        List<Word> words = new ArrayList<>();
        if (lower.isEmpty()) {
            return words;
        }
        for (String typed : lower.split(" ")) {
            String folded = Glossary.fold(typed).replace(" ", "");
            if (folded.isEmpty()) {
                continue;
            }
            Word word = new Word(folded, java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFC));
            if (!words.isEmpty()) {
                String pair = PAIRS.get(words.get(words.size() - 1).folded() + " " + folded);
                if (pair != null) {
                    words.set(words.size() - 1, new Word(pair, pair));
                    continue;
                }
            }
            words.add(word);
        }
        return words;
    }

    private static String key(List<Word> words, int start, int end) {
        StringBuilder key = new StringBuilder();
        for (int i = start; i < end; i++) {
            key.append(words.get(i).folded());
        }
        return key.toString();
    }

    private static String typed(List<Word> words, int start, int end) {
        StringBuilder typed = new StringBuilder();
        for (int i = start; i < end; i++) {
            typed.append(i > start ? " " : "").append(words.get(i).typed());
        }
        return typed.toString();
    }

    private static String words(List<Word> words, int start, int end) {
        return typed(words, start, end);
    }
}
