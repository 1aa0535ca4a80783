package vn.dxflow.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The registers of units by day: the three-tier example (Lào Cai 10 → Huyện Bảo Yên 087) in force from 2020 and the
 * national register (Lào Cai 15, no districts) from 1 July 2025, as a province that used DXFlow before the reform
 * configures them.
 */
class OrgRegistersTest {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private static OrgRegisters registers(LocalDate unitsFrom, LocalDate earlierFrom) throws IOException {
        return new OrgConfiguration().orgRegisters(new OrgProperties("classpath:org/vietnam-2025-two-tier.csv",
                unitsFrom, List.of("15"), List.of(new OrgProperties.EarlierRegister(
                        "classpath:org/example-before-reform.csv", earlierFrom, List.of("10"))), false, "x"),
                new DefaultResourceLoader());
    }

    @Test
    void eachDayHasTheRegisterInForceThen() throws IOException {
        OrgRegisters registers = registers(REFORM, LocalDate.of(2020, 1, 1));

        OrgChart before = registers.inForce(REFORM.minusDays(1));
        assertThat(before.get("02947").name()).isEqualTo("Thị trấn Phố Ràng");
        assertThat(before.selfAndAncestors("02947")).extracting(OrgUnit::code).containsExactly("02947", "087", "10");
        assertThat(before.find("15")).isEmpty();

        OrgChart after = registers.inForce(REFORM);
        assertThat(after.get("02947").name()).isEqualTo("Xã Bảo Yên");
        assertThat(after.selfAndAncestors("02947")).extracting(OrgUnit::code).containsExactly("02947", "15");
        assertThat(after.find("087")).isEmpty();
        // Before any register's first day, the oldest one is the best knowledge.
        assertThat(registers.inForce(LocalDate.of(2019, 5, 1)).find("087")).isPresent();
    }

    @Test
    void theInstalledChartHasEveryUnitOnceWithItsLatestLine() throws IOException {
        OrgChart installed = registers(REFORM, LocalDate.of(2020, 1, 1)).installed();

        // Lào Cai 15 with its 99 communes and wards; old Lào Cai 10 with Huyện Bảo Yên and the 11 of its 17 units
        // whose codes the national register does not carry on (it keeps 02947, 02953, 02962, 02968, 02989, 02998).
        assertThat(installed.all()).hasSize(1 + 99 + 1 + 1 + 11);
        assertThat(installed.get("02947").name()).isEqualTo("Xã Bảo Yên");
        assertThat(installed.get("02947").parentCode()).isEqualTo("15");
        assertThat(installed.selfAndAncestors("02950")).extracting(OrgUnit::code).containsExactly("02950", "087", "10");
        assertThat(installed.children("087")).extracting(OrgUnit::code)
                .doesNotContain("02947", "02953", "02962", "02968", "02989", "02998").hasSize(11);
    }

    @Test
    void accessFollowsTheRegisterOfTheCampaignsDayAndTheLatestLineOutsideCampaigns() throws IOException {
        UnitAccessRule rule = new UnitAccessRule(registers(REFORM, LocalDate.of(2020, 1, 1)));
        LocalDate opened2024 = LocalDate.of(2024, 3, 1);
        LocalDate opened2026 = LocalDate.of(2026, 3, 2);

        assertThat(rule.mayAccess(List.of("receiving087"), "02947", opened2024)).isTrue();
        assertThat(rule.mayAccess(List.of("receiving087"), "02947", opened2026)).isFalse();
        assertThat(rule.mayAccess(List.of("receiving15"), "02947", opened2026)).isTrue();
        assertThat(rule.mayAccess(List.of("receiving15"), "02947", opened2024)).isFalse();
        assertThat(rule.mayAccess(List.of("officer02947"), "02947", opened2024)).isTrue();
        assertThat(rule.mayAccess(List.of("officer087"), "02947", opened2024)).as("officers see their own unit only")
                .isFalse();
        assertThat(rule.mayAccess(List.of("receiving087"), "02947")).isFalse();
        assertThat(rule.mayAccess(List.of("receiving087"), "02950")).isTrue();
        assertThat(rule.groupsWithAccessTo("02947", opened2024)).contains("receiving087", "receiving10")
                .doesNotContain("receiving15");
    }

    @Test
    void registersWithoutDistinctDaysAreRefused() {
        assertThatThrownBy(() -> registers(null, LocalDate.of(2020, 1, 1)))
                .hasMessageContaining("needs dxflow.org.units-from");
        assertThatThrownBy(() -> registers(REFORM, REFORM))
                .hasMessageContaining("needs a day 'from' before 2025-07-01");
        assertThatThrownBy(() -> new OrgRegisters(List.of())).hasMessageContaining("At least one register");
    }
}
