package vn.dxflow.org;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dxflow.org.*}: where the units files are, from when each is in force, and whether demo users are created.
 *
 * @param unitsFile        Spring resource location of the units CSV in force now
 * @param unitsFrom        the first day that file is in force; null when it is the only register
 * @param provinces        codes of the provinces taken from that file with every unit below them; none: the whole file
 * @param earlierRegisters registers in force before {@code unitsFrom}, each from its own day
 * @param demoUsers        create one demo user per role and unit, and the demo administrator
 * @param demoPassword     password of every demo user
 */
@ConfigurationProperties("dxflow.org")
record OrgProperties(String unitsFile, LocalDate unitsFrom, List<String> provinces, List<EarlierRegister> earlierRegisters,
                     boolean demoUsers, String demoPassword) {

    OrgProperties {
        provinces = codes(provinces);
        earlierRegisters = earlierRegisters == null ? List.of() : earlierRegisters;
    }

    /** A register of an earlier day: its file, its first day, and the provinces taken from it (none: all). */
    record EarlierRegister(String file, LocalDate from, List<String> provinces) {

        EarlierRegister {
            provinces = codes(provinces);
        }
    }

    private static List<String> codes(List<String> provinces) {
        return provinces == null ? List.of() : provinces.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    }
}
