package vn.dxflow.signature;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The validation time a user asks for ({@code verify --at}, the API's {@code at}): an ISO 8601 date and time with
 * its offset ({@code 2024-11-20T10:00:00+07:00}), or without one, read as Vietnamese time.
 */
final class ValidationTime {

    static final String EXAMPLE = "2024-11-20T10:00:00+07:00";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A validation time that cannot be read; its message is the Vietnamese one users see. */
    static final class Invalid extends IllegalArgumentException {
        Invalid(String text) {
            super("Thời điểm kiểm tra «" + text + "» không hợp lệ: hãy ghi ngày, giờ và múi giờ theo dạng " + EXAMPLE + ".");
        }
    }

    private ValidationTime() {
    }

    static Instant parse(String text) {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atZone(VIETNAM).toInstant();
            } catch (DateTimeParseException e) {
                throw new Invalid(text);
            }
        }
    }
}
