package org.standingoffice.places;

import java.util.regex.Pattern;
import org.standingoffice.knowledge.Glossary;

/** How unit names compare: without diacritics, spaces and the leading type word ("Tỉnh", "Phường"). */
public final class UnitNames {

    private static final Pattern TYPE_WORDS =
            Pattern.compile("^(?:thanh pho|tinh|tp|xa|phuong|dac khu|thi tran|quan|huyen|thi xa)\\s+");

    private UnitNames() {}

    /** The comparable form of a name: "Thành phố Hà Nội", "Ha Noi" and "hà  nội" share one. */
    public static String key(String name) {
        String folded = name == null ? "" : Glossary.fold(name);
        return TYPE_WORDS.matcher(folded).replaceFirst("").replace(" ", "");
    }

    /** Whether two names mean the same unit, e.g. a routing rule's province and the asker's. */
    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }
}
