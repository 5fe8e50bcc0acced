package dev.cutover.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentCodingTest {
    @Test
    void picksWhatNettysCompressorPicks() {
        assertEquals(Optional.of("gzip"), ContentCoding.choose("gzip, deflate"));
        assertEquals(Optional.of("gzip"), ContentCoding.choose("br, gzip;q=0.8, deflate;q=0.8"));
        assertEquals(Optional.of("deflate"), ContentCoding.choose("gzip;q=0.2, deflate"));
        assertEquals(Optional.of("gzip"), ContentCoding.choose("*"));
        assertEquals(Optional.of("deflate"), ContentCoding.choose("gzip;q=0, *"));
        assertEquals(Optional.empty(), ContentCoding.choose("br, zstd"));
        assertEquals(Optional.empty(), ContentCoding.choose("identity"));
        assertEquals(Optional.empty(), ContentCoding.choose(null));
    }
}
