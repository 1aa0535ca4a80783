package vn.dxflow.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the locks by database: several nodes can only share a PostgreSQL database. */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    @Bean
    ClusterLocks clusterLocks(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return "PostgreSQL".equals(product) ? new PostgresAdvisoryLocks(dataSource) : new JvmLocks();
        }
    }
}
