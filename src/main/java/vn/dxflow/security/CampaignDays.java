package vn.dxflow.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The day a campaign opened: the register of units in force that day decides who supervises a unit's work in it
 * (answered by the campaigns, which this package does not know).
 */
public interface CampaignDays {

    /**
     * The campaign's opening day; today for a known campaign not yet open; empty for an unknown campaign, and
     * whenever one register is installed (the day cannot change the answer then).
     */
    Optional<LocalDate> openedOn(String campaignId);

    /**
     * The opening days of the campaigns that assess the unit in that year (two when a reform fell between two
     * campaigns of one year); empty when none does, or when one register is installed.
     */
    List<LocalDate> openedOn(String unitCode, int year);
}
