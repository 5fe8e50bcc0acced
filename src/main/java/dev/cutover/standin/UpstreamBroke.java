package dev.cutover.standin;

import java.io.IOException;

/** The provider's connection broke while its body was being relayed (not the client's). */
final class UpstreamBroke extends IOException {
    UpstreamBroke(IOException cause) {
        super(cause.toString(), cause);
    }
}
