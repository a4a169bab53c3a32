package cn.remotewindow.signaling.routing;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hammers the in-memory dispatch from many threads at once (see {@link DispatchHammer}): every
 * request must end served exactly once or cancelled exactly once, and no request may ever be held
 * by two experts.
 */
class DispatchConcurrencyTest {

    @Test
    void noRequestIsLostDuplicatedOrGivenToTwoExperts() throws Exception {
        new DispatchHammer(List.of(new InMemoryDispatch()),
                new DispatchHammer.Load(20_000, 4, 4, 24, Duration.ZERO)).run();
    }
}
