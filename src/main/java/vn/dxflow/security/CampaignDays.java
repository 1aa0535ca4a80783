package vn.dxflow.security;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The day a campaign opened: the register of units in force that day decides who supervises a unit's work in it
 * (answered by the campaigns, which this package does not know).
 */
public interface CampaignDays {

    /** The campaign's opening day; today for a known campaign not yet open; empty for an unknown campaign. */
    Optional<LocalDate> openedOn(String campaignId);

    /** The opening day of the campaign that assesses the unit in that year; empty when none does. */
    Optional<LocalDate> openedOn(String unitCode, int year);
}
