package vn.dxflow.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * Process variable with the day (ISO) the instance's campaign opened: the register of units in force that day
     * decides who supervises the unit. Absent: today.
     */
    public static final String CAMPAIGN_OPENED_VARIABLE = "campaignOpened";

    static final String CURRENT_USER_ATTRIBUTE = UnitAccess.class.getName() + ".user";

    private final UnitAccessRule rule;
    private final CampaignDays campaignDays;

    UnitAccess(UnitAccessRule rule, CampaignDays campaignDays) {
        this.rule = rule;
        this.campaignDays = campaignDays;
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

    /** Access to the unit outside any campaign: judged by the unit's latest register. */
    public void requireAccess(String unitCode) {
        require(unitCode, List.of());
    }

    /** Access to the unit's work in a campaign: judged by the register in force when the campaign opened. */
    public void requireAccessInCampaign(String unitCode, String campaignId) {
        require(unitCode, campaignDays.openedOn(campaignId).stream().toList());
    }

    /**
     * Access to the unit's work of a year (its dossier): granted by the register of any campaign of that year that
     * assesses the unit, as each of them may have to work on it.
     */
    public void requireAccessInYear(String unitCode, int year) {
        require(unitCode, campaignDays.openedOn(unitCode, year));
    }

    /** Judged by the registers of the campaigns' opening days; none: by each code's latest line. */
    private void require(String unitCode, List<LocalDate> campaignsOpened) {
        CurrentUser user = currentUser();
        boolean allowed = campaignsOpened.isEmpty() ? rule.mayAccess(user.groupIds(), unitCode)
                : campaignsOpened.stream().anyMatch(day -> rule.mayAccess(user.groupIds(), unitCode, day));
        if (!allowed) {
            throw new UnitAccessDeniedException(user.userId(), unitCode);
        }
    }

    /** The day held in a process instance's {@value #CAMPAIGN_OPENED_VARIABLE} variable; null when it has none. */
    static LocalDate campaignOpened(Object variable) {
        return variable == null ? null : LocalDate.parse(variable.toString());
    }

    public void requireAdmin() {
        CurrentUser user = currentUser();
        if (!user.isAdmin()) {
            throw new UnitAccessDeniedException(user.userId(), "(administration)");
        }
    }
}
