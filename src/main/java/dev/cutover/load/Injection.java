package dev.cutover.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

import dev.cutover.load.LoadProfile.Stage;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.List;

/** A profile's stages as Gatling injection steps: one virtual user is one request. */
final class Injection {
    private Injection() {}

    static PopulationBuilder of(ScenarioBuilder scenario, LoadProfile profile) {
        if (profile.model() == LoadProfile.Model.OPEN) {
            return scenario.injectOpen(profile.stages().stream().map(Injection::open).toList());
        }
        List<ClosedInjectionStep> steps = profile.stages().stream().map(Injection::closed).toList();
        return scenario.injectClosed(steps);
    }

    private static OpenInjectionStep open(Stage s) {
        if (s.burst()) return atOnceUsers((int) Math.round(s.from()));
        Duration d = Duration.ofSeconds(s.seconds());
        return s.from() == s.to() ? constantUsersPerSec(s.from()).during(d)
                : rampUsersPerSec(s.from()).to(s.to()).during(d);
    }

    private static ClosedInjectionStep closed(Stage s) {
        Duration d = Duration.ofSeconds(s.seconds());
        int from = (int) Math.round(s.from());
        int to = (int) Math.round(s.to());
        return from == to ? constantConcurrentUsers(from).during(d) : rampConcurrentUsers(from).to(to).during(d);
    }
}
