package org.sakhiline.reports.ratios;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.sakhiline.reports.Figures;

/**
 * The counts behind a line's savings-group ratios for a period; the ratios themselves are derived so
 * that they add up correctly (a VO's attendance rate is its total present ÷ its total expected, not an
 * average of its groups' rates).
 *
 * @param members            members not exited at the period's end
 * @param membersAtStart     members who had joined before the period and had not exited before it
 * @param dropOuts           members who exited during the period
 * @param meetingsHeld       meetings held in the period
 * @param meetingsCancelled  meetings cancelled in the period
 * @param present            attendance marks "present" at held meetings in the period
 * @param expected           attendance marks recorded at held meetings in the period (present or absent)
 * @param savingsPaise       savings balance of the line's members at the period's end (by value date)
 * @param loansOpen          loans with principal outstanding at the period's end
 * @param loansOutstandingPaise principal outstanding at the period's end, all fund sources
 * @param ownFundsLentPaise  principal outstanding at the period's end on loans from the group's own funds
 * @param duePaise           demand in the period (as in DCB)
 * @param repaidPaise        collection against that demand (as in DCB)
 */
public record RatioFigures(long members, long membersAtStart, long dropOuts, long meetingsHeld, long meetingsCancelled,
                           long present, long expected, long savingsPaise, long loansOpen, long loansOutstandingPaise,
                           long ownFundsLentPaise, long duePaise, long repaidPaise) implements Figures<RatioFigures> {

    public static final RatioFigures ZERO = new RatioFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    @Override
    public RatioFigures plus(RatioFigures o) {
        return new RatioFigures(members + o.members, membersAtStart + o.membersAtStart, dropOuts + o.dropOuts,
                meetingsHeld + o.meetingsHeld, meetingsCancelled + o.meetingsCancelled, present + o.present,
                expected + o.expected, savingsPaise + o.savingsPaise, loansOpen + o.loansOpen,
                loansOutstandingPaise + o.loansOutstandingPaise, ownFundsLentPaise + o.ownFundsLentPaise,
                duePaise + o.duePaise, repaidPaise + o.repaidPaise);
    }

    @JsonProperty
    public int attendanceRateBp() {
        return Figures.basisPoints(present, expected);
    }

    @JsonProperty
    public long savingsPerMemberPaise() {
        return members == 0 ? 0 : savingsPaise / members;
    }

    @JsonProperty
    public long loansOutstandingPerMemberPaise() {
        return members == 0 ? 0 : loansOutstandingPaise / members;
    }

    /** Own-funds principal outstanding ÷ savings: how much of the members' savings is out on loan. */
    @JsonProperty
    public int savingsLentOutBp() {
        return Figures.basisPoints(ownFundsLentPaise, savingsPaise);
    }

    @JsonProperty
    public int repaymentRateBp() {
        return Figures.basisPoints(repaidPaise, duePaise);
    }

    @JsonProperty
    public int dropOutRateBp() {
        return Figures.basisPoints(dropOuts, membersAtStart);
    }
}
