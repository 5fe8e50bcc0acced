package dev.cutover.standin;

import java.util.Locale;
import java.util.Optional;

/**
 * The content coding a Netty server with compression on (Vert.x {@code compressionSupported}, DIAL's default)
 * picks from a client's {@code Accept-Encoding}, as Netty's HttpContentCompressor does: gzip or deflate, the one
 * with the higher q (gzip on a tie), {@code *} standing for whichever is not named; nothing when neither is
 * acceptable. Brotli and zstd need libraries DIAL does not ship, so they are never chosen.
 */
final class ContentCoding {
    private ContentCoding() {}

    static Optional<String> choose(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) return Optional.empty();
        double star = -1;
        double gzip = -1;
        double deflate = -1;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String name = pieces[0].trim().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException bad) {
                        q = 0;
                    }
                }
            }
            if (name.equals("*")) star = q;
            else if (name.equals("gzip") || name.equals("x-gzip")) gzip = Math.max(gzip, q);
            else if (name.equals("deflate")) deflate = Math.max(deflate, q);
        }
        if (gzip > 0 || deflate > 0) return Optional.of(gzip >= deflate ? "gzip" : "deflate");
        if (star > 0) {
            if (gzip == -1) return Optional.of("gzip");
            if (deflate == -1) return Optional.of("deflate");
        }
        return Optional.empty();
    }
}
