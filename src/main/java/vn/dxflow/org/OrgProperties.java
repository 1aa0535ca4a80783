package vn.dxflow.org;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dxflow.org.*}: where the units file is, and whether demo users are created.
 *
 * @param unitsFile    Spring resource location of the units CSV
 * @param provinces    codes of the provinces taken from that file with every unit below them; none: the whole file
 * @param demoUsers    create one demo user per role and unit, and the demo administrator
 * @param demoPassword password of every demo user
 */
@ConfigurationProperties("dxflow.org")
record OrgProperties(String unitsFile, List<String> provinces, boolean demoUsers, String demoPassword) {

    OrgProperties {
        provinces = provinces == null ? List.of() : provinces.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    }
}
