package pl.dobrepraktyki.system;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A relative data directory without {@code ./} (BDP_DATA_DIR=data) opens the H2 database (issue 17, point 10). */
class DataDirectoryTests {

    @Test
    void aRelativeDirectoryWithoutDotSlashIsReadFromTheWorkingDirectory() {
        assertThat(DataDirectory.normalise("data")).isEqualTo("./data");
        assertThat(DataDirectory.normalise("target/x/data")).isEqualTo("./target/x/data");
        assertThat(DataDirectory.normalise("./data")).isEqualTo("./data");
        assertThat(DataDirectory.normalise("../data")).isEqualTo("../data");
        assertThat(DataDirectory.normalise("/srv/bdp")).isEqualTo("/srv/bdp");
        assertThat(DataDirectory.normalise("C:\\bdp")).isEqualTo("C:\\bdp");
    }

    @Test
    void theDatabaseUrlOfTheConfigurationUsesTheNormalisedDirectory() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "relative-data-");
        String relative = Path.of("").toAbsolutePath().relativize(dir.toAbsolutePath()).toString();
        assertThat(relative).doesNotStartWith(".");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MockPropertySource()
                .withProperty("bdp.data-dir", relative)
                .withProperty("url", "jdbc:h2:file:${bdp.data-dir}/db/bdp"));
        new DataDirectory().postProcessEnvironment(environment, new SpringApplication());
        String url = environment.getProperty("url");
        assertThat(url).isEqualTo("jdbc:h2:file:./" + relative + "/db/bdp");
        // H2 itself accepts it (without ./ it answers "implicitly relative to the current working directory")
        try (var connection = java.sql.DriverManager.getConnection(url, "sa", "")) {
            assertThat(connection.isValid(1)).isTrue();
        }
        assertThat(Files.exists(dir.resolve("db/bdp.mv.db"))).isTrue();
    }
}
