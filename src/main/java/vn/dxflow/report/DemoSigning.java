package vn.dxflow.report;

import java.io.OutputStream;
import java.util.Calendar;
import java.util.TimeZone;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.dxflow.cycle.CampaignConfig;

/**
 * Signing a generated report with the user's demo certificate, so that a whole cycle can be tried without a
 * USB token. Production users sign with their own token and upload the signed PDF instead.
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
        String name = letterheads.userName(userId);
        Calendar time = Calendar.getInstance(TimeZone.getTimeZone(CampaignConfig.ZONE));
        time.setTime(ClockUtil.getCurrentTime());
        PadesSigner.sign(pdf, pki.credential(userId, name == null ? userId : name), name, reason, time, out);
    }
}
