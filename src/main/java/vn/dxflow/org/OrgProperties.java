package vn.dxflow.org;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dxflow.org.*}: where the units file is, and whether demo users are created.
 *
 * @param unitsFile    Spring resource location of the units CSV
 * @param demoUsers    create one demo user per role and unit, and the demo administrator
 * @param demoPassword password of every demo user
 */
@ConfigurationProperties("dxflow.org")
record OrgProperties(String unitsFile, boolean demoUsers, String demoPassword) {
}
