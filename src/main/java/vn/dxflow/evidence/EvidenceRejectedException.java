package vn.dxflow.evidence;

import org.springframework.http.HttpStatus;

/**
 * An upload or change DXFlow refuses for a reason the user can fix: the HTTP status, the Vietnamese message shown
 * to the user, and the English reason for the log.
 */
class EvidenceRejectedException extends RuntimeException {

    private final HttpStatus status;
    private final String vietnameseMessage;

    EvidenceRejectedException(HttpStatus status, String vietnameseMessage, String englishReason) {
        super(englishReason);
        this.status = status;
        this.vietnameseMessage = vietnameseMessage;
    }

    HttpStatus status() {
        return status;
    }

    String vietnameseMessage() {
        return vietnameseMessage;
    }
}
