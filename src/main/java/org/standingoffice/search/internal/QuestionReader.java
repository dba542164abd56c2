package org.standingoffice.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.standingoffice.search.QuestionReading;
import org.standingoffice.search.SearchProperties;

/**
 * Reads a question the way officials type it: drops politeness and filler, and then — for
 * Vietnamese — expands phone shorthand and restores diacritics, or — for English — corrects
 * slips against the index's words. Reads the answer type from the result, and the years
 * and places the question names.
 */
final class QuestionReader {

    private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.-])(?:19|20)\\d{2}(?![\\d/-])");
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{M}]*(?:[ -]\\p{Lu}[\\p{L}\\p{M}]*){0,3}";
    private static final Pattern PLACE = Pattern.compile("(?<![\\p{L}\\p{M}])(?:"
            + "(?:[Tt]ỉnh|[Tt]hành phố|TP\\.?|[Xx]ã|[Pp]hường|[Đđ]ặc khu|[Tt]inh|[Tt]hanh pho|[Xx]a|[Pp]huong)"
            + " (" + NAME + ")"
            + "|(?:[Pp]rovince|[Cc]ity|[Cc]ommune|[Ww]ard|[Pp]rovinsen|[Kk]ommunen) of (" + NAME + ")"
            + "|(" + NAME + ") (?:[Pp]rovince|[Cc]ity|[Cc]ommune|[Ww]ard|[Pp]rovins|[Kk]ommun))");

    /** A capitalised word, the only kind a province's name alone is recognised in ("Da Nang", "Hà Nội"). */
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]*");
    /** The longest province name in words ("Bà Rịa Vũng Tàu"). */
    private static final int PROVINCE_WORDS = 4;

    private final QuestionLanguage languages;
    private final Spelling spelling;
    private final Predicate<String> isProvince;

    /** @param isProvince whether a run of words names a province, in any spelling people use */
    QuestionReader(QuestionLanguage languages, SearchProperties.Reading properties, Predicate<String> isProvince) {
        this.languages = languages;
        this.spelling = new Spelling(properties);
        this.isProvince = isProvince;
    }

    QuestionReading read(String question, ReadingRules rules, IndexReader index) {
        String asTyped = question.strip();
        String language = languages.detect(asTyped);
        if (!language.equals("vi")
                && languages.detect(rules.typing().expanded(asTyped)).equals("vi")) {
            // "e muon hoi ve vptt" only looks Vietnamese once its shorthand is spelled out.
            language = "vi";
        }
        boolean plain = ASCII.matcher(asTyped).matches();
        String text;
        if (language.equals("vi")) {
            // Filler again after the shorthand: "cho e hoi" is filler once it reads "cho em hoi". The
            // asker's own situation goes first, while filler still leaves the commas around it
            // ("xa e moi sap nhap" is context once it reads "xa em").
            PhoneTyping typing = rules.typing();
            String expanded = typing.expanded(asTyped);
            String situated = typing.withoutContext(expanded);
            text = typing.withoutFiller(
                    typing.expanded(typing.withoutFiller(situated.equals(expanded) ? asTyped : situated)));
            if (!Diacritics.mostlyAccented(asTyped)) {
                text = rules.diacritics().restore(text);
            }
        } else {
            text = rules.typing().withoutFiller(asTyped);
            if (language.equals("en")) {
                text = spelling.correct(text, index);
            }
        }
        return new QuestionReading(
                asTyped,
                text,
                language,
                AskedType.of(text),
                years(text),
                places(text, rules),
                AskedType.counted(text, language),
                plain && language.equals("vi"),
                AskedFocus.of(text, language));
    }

    private static List<Integer> years(String text) {
        Set<Integer> years = new LinkedHashSet<>();
        Matcher matcher = YEAR.matcher(text);
        while (matcher.find()) {
            years.add(Integer.valueOf(matcher.group()));
        }
        return List.copyOf(years);
    }

    /**
     * The places named with their kind ("tỉnh Ninh Bình", "Hue City") and the provinces named
     * alone ("Da Nang", "Hà Nội"), each once, in the question's order. An abbreviation the glossary
     * gives several meanings ("HP": Hiến pháp or Hải Phòng) is no province: a place named for sure
     * escalates a question whose passages lack it, and "sửa đổi HP 2013" asks about the Constitution.
     */
    private List<String> places(String text, ReadingRules rules) {
        Set<String> places = new LinkedHashSet<>();
        Matcher matcher = PLACE.matcher(text);
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    places.add(matcher.group(group));
                }
            }
        }
        provinces(text).stream().filter(name -> !rules.ambiguous(name)).forEach(places::add);
        return List.copyOf(places);
    }

    /** Runs of capitalised words that name a province, longest first. */
    private List<String> provinces(String text) {
        List<String> words = List.of(text.split("[^\\p{L}\\p{M}]+"));
        List<String> provinces = new ArrayList<>();
        for (int start = 0; start < words.size(); start++) {
            for (int end = Math.min(words.size(), start + PROVINCE_WORDS); end > start; end--) {
                List<String> run = words.subList(start, end);
                String name = String.join(" ", run);
                if (run.stream().allMatch(word -> CAPITALISED.matcher(word).matches()) && isProvince.test(name)) {
                    provinces.add(name);
                    start = end - 1;
                    break;
                }
            }
        }
        return provinces;
    }
}
