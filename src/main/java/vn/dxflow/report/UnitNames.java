package vn.dxflow.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.dxflow.org.OrgUnit;

/**
 * Unit names as administrative documents write them: in running text the kind is lower case ("xã Lương Sơn");
 * the place of issue is the bare name ("Lương Sơn"); the issuer's name is upper case ("XÃ LƯƠNG SƠN").
 */
final class UnitNames {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private UnitNames() {
    }

    static String inText(OrgUnit unit) {
        String name = unit.name();
        return name.substring(0, 1).toLowerCase(VIETNAMESE) + name.substring(1);
    }

    /** Địa danh (Nghị định 30/2020/NĐ-CP, Phụ lục I, phần II): the unit's name without its kind. */
    static String place(OrgUnit unit) {
        String kind = unit.kind().label();
        String name = unit.name();
        return name.regionMatches(true, 0, kind + " ", 0, kind.length() + 1) ? name.substring(kind.length() + 1) : name;
    }

    static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    /** "Sở Khoa học và Công nghệ" → "SKHCN": the initials a symbol (ký hiệu) uses for a body, "và" left out. */
    static String initials(String body) {
        return Arrays.stream(body.split("\\s+"))
                .filter(word -> !word.equalsIgnoreCase("và"))
                .map(word -> upper(word.substring(0, 1)))
                .collect(Collectors.joining());
    }
}
