package dev.cutover.run;

/** The message of a failed scenario test: the reason, then every failed check of every step. */
final class FailureText {
    private FailureText() {}

    static String of(Outcome o) {
        StringBuilder sb = new StringBuilder(o.reason() == null ? "failed" : o.reason());
        for (StepResult step : o.steps()) {
            for (Check c : step.checks()) {
                if (c.passed()) continue;
                sb.append("\n  [").append(step.name()).append("] ").append(c.expectation());
                c.problems().forEach(p -> sb.append("\n      ").append(p));
            }
            if (step.observation().transportError() != null) {
                sb.append("\n  [").append(step.name()).append("] transport: ").append(step.observation().transportError());
            }
        }
        sb.append("\n  file: ").append(o.file());
        return sb.toString();
    }
}
