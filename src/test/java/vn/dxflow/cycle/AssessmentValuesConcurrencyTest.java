package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.catalog.CriterionValue;

/**
 * The dossier form saves after typing and again when the official presses "Lưu": saves of the same values that
 * overlap all succeed, and what stays is one whole set, never a mix.
 */
@DxflowSpringTest
class AssessmentValuesConcurrencyTest {

    @Autowired
    private AssessmentValues values;

    @Test
    void overlappingSavesAllSucceedAndLeaveOneWholeSet() throws Exception {
        String instance = "concurrency-" + UUID.randomUUID();
        int savers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(savers);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (int i = 0; i < savers; i++) {
                String percent = String.valueOf(10 * (i + 1));
                saves.add(threads.submit(() -> {
                    start.await();
                    for (int round = 0; round < 20; round++) {
                        values.save(instance, AssessmentValues.Source.SELF_ASSESSED, Map.of(
                                "CQS-1", CriterionValue.ofPercent(percent), "CQS-2", CriterionValue.ofPercent(percent),
                                "CQS-3", CriterionValue.ofPercent(percent)), "officer02947");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> save : saves) {
                save.get(60, TimeUnit.SECONDS);   // rethrows any failed save
            }
        } finally {
            threads.shutdownNow();
        }

        Map<String, CriterionValue> stored = values.load(instance, AssessmentValues.Source.SELF_ASSESSED);
        assertThat(stored).containsOnlyKeys("CQS-1", "CQS-2", "CQS-3");
        assertThat(stored.values()).extracting(CriterionValue::percent).allMatch(p -> p.equals(stored.get("CQS-1").percent()));
    }
}
