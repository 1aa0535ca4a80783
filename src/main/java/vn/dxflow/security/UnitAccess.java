package vn.dxflow.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.dxflow.org.UnitAccessRule;

/**
 * The one check every DXFlow endpoint makes before it touches a unit's data: call
 * {@link #requireAccess(String)} with the unit the data belongs to (looked up from the stored object, never
 * taken from the request alone, so guessing ids does not help).
 */
@Component
public class UnitAccess {

    /** Process variable naming the unit a process instance belongs to; it decides who sees the instance. */
    public static final String UNIT_CODE_VARIABLE = "unitCode";

    static final String CURRENT_USER_ATTRIBUTE = UnitAccess.class.getName() + ".user";

    private final UnitAccessRule rule;

    UnitAccess(UnitAccessRule rule) {
        this.rule = rule;
    }

    /** The user authenticated by {@link ApiAuthenticationFilter} for the current request. */
    public CurrentUser currentUser() {
        var attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = attributes.getRequest();
        CurrentUser user = (CurrentUser) request.getAttribute(CURRENT_USER_ATTRIBUTE);
        if (user == null) {
            throw new IllegalStateException("No authenticated user: the request did not pass ApiAuthenticationFilter");
        }
        return user;
    }

    public boolean mayAccess(String unitCode) {
        return rule.mayAccess(currentUser().groupIds(), unitCode);
    }

    /** Whether the current user works in the given province (campaign calendars are public within it). */
    public boolean isInProvince(String provinceCode) {
        return rule.isInProvince(currentUser().groupIds(), provinceCode);
    }

    public void requireAccess(String unitCode) {
        CurrentUser user = currentUser();
        if (!rule.mayAccess(user.groupIds(), unitCode)) {
            throw new UnitAccessDeniedException(user.userId(), unitCode);
        }
    }

    public void requireAdmin() {
        CurrentUser user = currentUser();
        if (!user.isAdmin()) {
            throw new UnitAccessDeniedException(user.userId(), "(administration)");
        }
    }
}
