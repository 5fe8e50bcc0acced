package dev.cutover.run;

import dev.cutover.wire.Observation;
import dev.cutover.wire.Redactor;
import dev.cutover.wire.SseEvent;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Status;

/** Puts a scenario outcome into Allure: labels, one step per request with attachments, one sub-step per check. */
final class AllureRecorder {
    private AllureRecorder() {}

    static void record(Outcome o, Redactor redactor) {
        Allure.epic(o.area());
        o.features().forEach(f -> Allure.feature(f.wireName()));
        if (o.severity() != null) Allure.label("severity", o.severity().name().toLowerCase());
        if (o.level() != null) Allure.label("tag", o.level().name().toLowerCase());
        Allure.description(o.title() + "\n\nfile: " + o.file());
        for (StepResult step : o.steps()) {
            Allure.step(step.name(), () -> {
                Observation obs = step.observation();
                Allure.addAttachment("request", "text/plain", redactor.mask(request(obs)), "txt");
                Allure.addAttachment("response", "text/plain", redactor.mask(response(obs)), "txt");
                for (Check c : step.checks()) {
                    Allure.step(c.passed() ? c.expectation() : c.expectation() + " — " + String.join("; ", c.problems()),
                            c.passed() ? Status.PASSED : Status.FAILED);
                }
            });
        }
    }

    private static String request(Observation obs) {
        StringBuilder sb = new StringBuilder(obs.request().method()).append(' ').append(obs.request().url()).append('\n');
        obs.request().headers().values().forEach((k, v) -> sb.append(k).append(": ").append(String.join(", ", v)).append('\n'));
        if (obs.request().body() != null) sb.append('\n').append(obs.request().body());
        return sb.toString();
    }

    private static String response(Observation obs) {
        StringBuilder sb = new StringBuilder();
        if (obs.transportError() != null) sb.append("transport error: ").append(obs.transportError()).append('\n');
        sb.append("status ").append(obs.status()).append('\n');
        obs.headers().values().forEach((k, v) -> sb.append(k).append(": ").append(String.join(", ", v)).append('\n'));
        if (obs.events().isEmpty()) {
            sb.append('\n').append(obs.body());
        } else {
            for (SseEvent e : obs.events()) sb.append(String.format("%n[%8.1f ms] %s", e.atMs(), e.data()));
        }
        return sb.toString();
    }
}
