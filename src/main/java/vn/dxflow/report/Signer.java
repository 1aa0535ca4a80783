package vn.dxflow.report;

import vn.dxflow.org.Role;

/**
 * The signer's block of a document (Nghị định 30/2020/NĐ-CP, Phụ lục I, phần II: "chức vụ, họ tên người ký"): the
 * person who completed the step, under the title of the role the step belongs to. The chairman signs for the
 * committee as a collective body ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH").
 *
 * @param authority "TM. ỦY BAN NHÂN DÂN", or null
 * @param name      null while the step is not completed: the line stays empty for the person who will sign
 */
record Signer(String authority, String title, String name) {

    static Signer of(Role role, String name) {
        return switch (role) {
            case CHAIRMAN -> new Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name);
            case STEERING -> new Signer(null, "THÀNH VIÊN BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH", name);
            default -> new Signer(null, UnitNames.upper(role.title()), name);
        };
    }
}
