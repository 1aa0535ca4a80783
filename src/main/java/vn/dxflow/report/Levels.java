package vn.dxflow.report;

import vn.dxflow.catalog.Catalog;

/** Levels as the reports print them: "Mức 2 - Kết nối" for graded catalogs, "Đạt" for pass/fail ones. */
final class Levels {

    private Levels() {
    }

    /** "Mức 2 - Kết nối"; "Chưa đạt mức 1" for 0; "" without a level. */
    static String text(Catalog catalog, Integer level) {
        if (level == null) {
            return "";
        }
        if (level == 0) {
            return "Chưa đạt mức 1";
        }
        Catalog.Level named = catalog.levels().get(level);
        return "Mức " + level + (named == null ? "" : " - " + named.name());
    }

    /** The recognised level of a recognised unit. */
    static String recognized(Catalog catalog, AssessmentRecord record) {
        return catalog.graded() ? text(catalog, record.recognizedLevel()) : "Đạt";
    }
}
