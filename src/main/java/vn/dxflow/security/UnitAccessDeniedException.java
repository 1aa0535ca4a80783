package vn.dxflow.security;

/** The current user may not see the requested unit's data; answered with HTTP 403. */
public class UnitAccessDeniedException extends RuntimeException {

    public UnitAccessDeniedException(String userId, String unitCode) {
        super("User " + userId + " has no access to unit " + unitCode);
    }
}
