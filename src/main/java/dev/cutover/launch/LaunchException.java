package dev.cutover.launch;

/** A gateway could not be started or did not become ready; the message says why and what it printed. */
public class LaunchException extends RuntimeException {
    public LaunchException(String message) {
        super(message);
    }
}
