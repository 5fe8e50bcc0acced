package dev.cutover.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Reference values from scipy 1.17: {@code scipy.stats.mannwhitneyu(x, y, method="asymptotic")}. */
class MannWhitneyTest {

    @Test
    void scipyDocumentationExampleWithoutTies() {
        // scipy's own docs: males vs females, U1 = 17, asymptotic p = 0.11134688653314041
        MannWhitney r = MannWhitney.test(new double[] {19, 22, 16, 29, 24}, new double[] {20, 11, 17, 12});
        assertEquals(17.0, r.u(), 0);
        assertEquals(0.11134688653314041, r.pValue(), 1e-7);
    }

    @Test
    void tiesAreCorrected() {
        // scipy: U = 7.5, p = 0.006274233849838661; without the tie correction p would be 0.0073
        MannWhitney r = MannWhitney.test(new double[] {1, 2, 2, 3, 3, 3, 4, 5}, new double[] {3, 4, 4, 5, 5, 6, 7, 7, 7});
        assertEquals(7.5, r.u(), 0);
        assertEquals(0.006274233849838661, r.pValue(), 1e-7);
    }

    @Test
    void binaryOutcomesAsErrorRates() {
        // 20 errors in 100 against 5 in 100: scipy U = 5750, p = 0.0013887730892374812
        double[] candidate = new double[100];
        double[] baseline = new double[100];
        for (int i = 0; i < 20; i++) candidate[i] = 1;
        for (int i = 0; i < 5; i++) baseline[i] = 1;
        MannWhitney r = MannWhitney.test(candidate, baseline);
        assertEquals(5750.0, r.u(), 0);
        assertEquals(0.0013887730892374812, r.pValue(), 1e-7);
    }

    @Test
    void symmetricInItsSamplesAndOneForIdenticalValues() {
        double[] x = {5, 7, 9, 11};
        double[] y = {6, 8, 30, 31, 40};
        assertEquals(MannWhitney.test(x, y).pValue(), MannWhitney.test(y, x).pValue(), 1e-12);
        assertEquals(1.0, MannWhitney.test(new double[] {3, 3}, new double[] {3, 3, 3}).pValue(), 0);
        assertThrows(IllegalArgumentException.class, () -> MannWhitney.test(new double[0], y));
    }
}
