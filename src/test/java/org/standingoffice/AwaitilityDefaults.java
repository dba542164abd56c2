package org.standingoffice;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Polls every wait of the test JVM every 20 ms instead of Awaitility's 100 ms (registered in
 * {@code META-INF/services}, so it holds in every surefire fork before any test runs). The waits
 * watch things that happen in milliseconds (a draft, a message to the Telegram stub, a page
 * element), and each of the suite's hundreds of waits gave away up to a whole interval after its
 * condition came true, plus the first check's delay of one interval. The deadline of each wait is
 * its own and unchanged; waits that set their own interval keep it.
 */
public final class AwaitilityDefaults implements LauncherSessionListener {

    static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Awaitility.setDefaultPollInterval(POLL_INTERVAL);
    }
}
