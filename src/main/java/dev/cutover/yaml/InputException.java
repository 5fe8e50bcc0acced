package dev.cutover.yaml;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a user's file cannot be used; carries one or more {@link InputError}s. */
public class InputException extends RuntimeException {
    private final List<InputError> errors;

    public InputException(List<InputError> errors) {
        super(errors.stream().map(InputError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public InputException(InputError error) {
        this(List.of(error));
    }

    public List<InputError> errors() {
        return errors;
    }
}
