package cn.remotewindow.signaling.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A real Redis and a cluster of nodes on it for the test class; subclasses start their nodes in a
 * {@code @BeforeAll} of their own (it runs after this one).
 */
public abstract class ClusterTest {

    protected static EmbeddedRedis redis;
    protected static TestCluster cluster;

    @BeforeAll
    static void startRedis() {
        redis = EmbeddedRedis.start();
        cluster = new TestCluster(redis);
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
        redis.close();
    }
}
