package vn.dxflow.evidence;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Upload rules ({@code dxflow.evidence.*}): the largest file accepted for each kind of evidence. */
@ConfigurationProperties("dxflow.evidence")
record EvidenceProperties(Map<EvidenceKind, DataSize> maxSize) {

    DataSize maxSize(EvidenceKind kind) {
        DataSize size = maxSize.get(kind);
        if (size == null) {
            throw new IllegalStateException("dxflow.evidence.max-size." + kind.name().toLowerCase() + " is not set");
        }
        return size;
    }
}
