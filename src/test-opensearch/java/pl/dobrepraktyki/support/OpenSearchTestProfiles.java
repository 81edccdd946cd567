package pl.dobrepraktyki.support;

import java.util.Arrays;
import java.util.stream.Stream;

/** The profiles of {@link TestProfiles} plus {@code opensearch}: search on a real OpenSearch node. */
public class OpenSearchTestProfiles extends TestProfiles {

    @Override
    public String[] resolve(Class<?> testClass) {
        return Stream.concat(Arrays.stream(super.resolve(testClass)), Stream.of("opensearch")).toArray(String[]::new);
    }
}
