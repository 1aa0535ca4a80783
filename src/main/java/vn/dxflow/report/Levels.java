package vn.dxflow.report;

import vn.dxflow.catalog.Assessment;
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

    /** A check's result: the level reached, or Đạt / Không đạt / Chưa xác định (pass condition left open). */
    static String result(Catalog catalog, Assessment assessment) {
        if (catalog.graded()) {
            return text(catalog, assessment.reachedLevel());
        }
        return assessment.passed() == null ? "Chưa xác định" : assessment.passed() ? "Đạt" : "Không đạt";
    }

    /** The recognised level, or "Đạt" for a pass/fail catalog. */
    static String recognized(Catalog catalog, Integer level) {
        return catalog.graded() ? text(catalog, level) : "Đạt";
    }
}
