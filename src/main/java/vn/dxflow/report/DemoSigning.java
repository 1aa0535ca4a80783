package vn.dxflow.report;

import java.io.OutputStream;
import java.util.Calendar;
import java.util.TimeZone;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.dxflow.cycle.CampaignConfig;

/**
 * Signing a generated report with the user's demo certificate, so that a whole cycle can be tried without a USB
 * token: PAdES B-LT ({@link DemoPki#sign}), so that the signature verifies as TOTAL_PASSED offline, on this server
 * and in any validator that trusts the demo CA. Production users sign with their own token and upload the signed PDF.
 */
@Component
@ConditionalOnProperty(name = "dxflow.demo-signing.enabled", havingValue = "true")
class DemoSigning {

    private final DemoPki pki;
    private final Letterheads letterheads;

    DemoSigning(DemoPki pki, Letterheads letterheads) {
        this.pki = pki;
        this.letterheads = letterheads;
    }

    void sign(byte[] pdf, String userId, String reason, OutputStream out) {
        // The engine's clock: the signing time then matches the report's date, also where a demo or a test moves it.
        Calendar time = Calendar.getInstance(TimeZone.getTimeZone(CampaignConfig.ZONE));
        time.setTime(ClockUtil.getCurrentTime());
        pki.sign(pdf, userId, letterheads.userName(userId), reason, time, out);
    }
}
