package vn.dxflow.evidence;

/** The CMIS repository cannot be reached or failed mid-operation; nothing was recorded and the user may retry. */
class RepositoryUnavailableException extends RuntimeException {

    RepositoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
