package vn.dxflow.security;

import org.springframework.http.HttpStatus;

/**
 * A request DXFlow refuses on purpose (who may write, bounded input, throttled login): answered by {@link ApiErrors}
 * with the status and the Vietnamese message only; the English reason goes to the log.
 */
public class RequestRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final String vietnameseMessage;

    public RequestRefusedException(HttpStatus status, String vietnameseMessage, String englishReason) {
        super(englishReason);
        this.status = status;
        this.vietnameseMessage = vietnameseMessage;
    }

    public HttpStatus status() {
        return status;
    }

    public String vietnameseMessage() {
        return vietnameseMessage;
    }
}
