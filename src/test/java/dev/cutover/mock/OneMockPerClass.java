package dev.cutover.mock;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Test classes that share one mock provider (default options) and a client for it, started per class. */
abstract class OneMockPerClass {
    static MockProvider mock;
    static TestClient client;

    @BeforeAll
    static void startMock() {
        mock = MockProvider.start(MockOptions.defaults());
        client = new TestClient(mock);
    }

    @AfterAll
    static void stopMock() {
        mock.close();
    }
}
