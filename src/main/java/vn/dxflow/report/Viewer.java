package vn.dxflow.report;

/**
 * Who asks for a report, and for a steering-committee member's Mẫu 03 not yet given, the conclusion and remark the
 * member has chosen in the form but not submitted: the draft then says what the member chose.
 *
 * @param opinion DAT_YEU_CAU or KHONG_DAT_YEU_CAU, or null
 */
record Viewer(String userId, String opinion, String remark) {

    static final Viewer ANYONE = new Viewer(null, null, null);
}
