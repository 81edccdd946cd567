package pl.dobrepraktyki.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The {@code test} profile, plus {@code postgres} when the build runs with
 * {@code -Dbdp.test.db=postgres} (CI does, with DB_URL naming a fresh database).
 */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return "postgres".equals(System.getProperty("bdp.test.db")) ? new String[] {"test", "postgres"}
                : new String[] {"test"};
    }
}
