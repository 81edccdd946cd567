package pl.dobrepraktyki.system;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code bdp.data-dir} written relative without {@code ./} ({@code BDP_DATA_DIR=data}) is read as
 * {@code ./data}: H2 refuses a file path that is only implicitly relative to the working directory, so
 * the platform would not start. Absolute paths and those starting with {@code .} or {@code ~} stay as given.
 */
public class DataDirectory implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "bdp.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String given = environment.getProperty(PROPERTY);
        String normalised = normalise(given);
        if (normalised != null && !normalised.equals(given)) {
            environment.getPropertySources().addFirst(new MapPropertySource("bdp-data-dir",
                    Map.of(PROPERTY, normalised)));
        }
    }

    static String normalise(String dir) {
        if (dir == null || dir.isBlank()) {
            return dir;
        }
        String trimmed = dir.strip();
        boolean explicit = trimmed.startsWith("/") || trimmed.startsWith(".") || trimmed.startsWith("~")
                || trimmed.startsWith("\\") || trimmed.matches("^[A-Za-z]:.*");
        return explicit ? trimmed : "./" + trimmed;
    }

    @Override
    public int getOrder() {
        // after the configuration files are read (ConfigDataEnvironmentPostProcessor)
        return Ordered.LOWEST_PRECEDENCE;
    }
}
