package pl.dobrepraktyki.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in Polish and English, and every key a template uses exists. */
class MessagesTests {

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    @Test
    void polishAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Resource[] polish = resolver.getResources("classpath*:messages/*.properties");
        assertThat(polish).isNotEmpty();
        for (Resource bundle : polish) {
            String name = bundle.getFilename();
            if (name.contains("_")) {
                continue;
            }
            Properties pl = load(bundle);
            Properties en = load(resolver.getResource("classpath:messages/" + name.replace(".properties", "_en.properties")));
            assertThat(new TreeSet<>(en.stringPropertyNames())).as("English keys of %s", name)
                    .isEqualTo(new TreeSet<>(pl.stringPropertyNames()));
            pl.stringPropertyNames().forEach(key -> assertThat(pl.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Resource bundle : resolver.getResources("classpath*:messages/*.properties")) {
            keys.addAll(load(bundle).stringPropertyNames());
        }
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        Set<String> missing = new TreeSet<>();
        for (Resource template : resolver.getResources("classpath*:templates/**/*.html")) {
            String html = new String(template.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = literalKey.matcher(html);
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(template.getFilename() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).as("message keys used in templates but defined nowhere").isEmpty();
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
