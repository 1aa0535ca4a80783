package vn.dxflow.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The parts of a Vietnamese administrative document that are not its body (Nghị định 30/2020/NĐ-CP, Điều 8
 * and Phụ lục I): issuing body, number and symbol, place and date, recipients and the signer's block.
 *
 * @param superior        the governing body printed above the issuer (e.g. "UBND TỈNH LÀO CAI" above a Sở), or
 *                        null when the issuer's own name says it all ("ỦY BAN NHÂN DÂN / XÃ LƯƠNG SƠN")
 * @param issuer          the issuing body's name, one element per printed line
 * @param number          the number the registry (văn thư) gives at issuance; null for a draft, printed blank
 * @param symbol          kind and issuer abbreviations, e.g. "BC-UBND"
 * @param place           the place name of the issuer's seat, without the unit kind ("Phố Ràng")
 * @param signerAuthority "TM. ỦY BAN NHÂN DÂN" when signing for a collective body, else null
 * @param signerName      null leaves the line empty for the person who signs
 */
public record Letterhead(
        String superior,
        List<String> issuer,
        Integer number,
        String symbol,
        String place,
        LocalDate date,
        List<String> recipients,
        String signerAuthority,
        String signerTitle,
        String signerName) {

    public Letterhead {
        issuer = List.copyOf(issuer);
        recipients = List.copyOf(recipients);
    }

    /** "12/BC-UBND", or with the number left blank for the registry to fill in. */
    public String numberAndSymbol() {
        // No-break spaces: HTML would fold ordinary ones and leave no room for the number.
        return (number == null ? "\u00a0".repeat(8) : number) + "/" + symbol;
    }

    /** "Số: 12/BC-UBND" (Phụ lục I, phần II, "Số, ký hiệu của văn bản"). */
    public String numberLine() {
        return "Số: " + numberAndSymbol();
    }

    /** "Phố Ràng, ngày 05 tháng 02 năm 2025" (Phụ lục I, phần II, "Địa danh và thời gian ban hành": days below 10 and months 1 and 2 take a 0). */
    public String placeAndDate() {
        return "%s, ngày %02d tháng %s năm %d".formatted(place, date.getDayOfMonth(),
                date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue()),
                date.getYear());
    }
}
