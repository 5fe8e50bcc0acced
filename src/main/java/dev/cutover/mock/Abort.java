package dev.cutover.mock;

/**
 * Thrown out of a handler to drop the connection on purpose: the JDK server closes the connection of
 * any exchange whose handler throws, without finishing the response, which is exactly a reset as the
 * client sees it (no status line yet, or a body that never ends).
 */
final class Abort extends RuntimeException {
    Abort(String why) {
        super(why, null, false, false);
    }
}
