package dev.cutover.scenario;

import dev.cutover.expect.Expectation;
import java.util.List;

/**
 * What a step sends and checks when real providers stand behind the target ({@code upstream: real}), where nothing
 * can be scripted: checks that hold for any model's answer (shapes, usage that adds up, a forced tool call whose
 * arguments meet the tool's schema, the error envelope of a request every provider refuses), and a request kept cheap.
 * The scripted request and checks stay for cutover's mock, where exact content can be asserted.
 *
 * @param request      the step's request with the {@code live.request} overrides laid over it
 * @param expectations the {@code live.expect} checks, or the step's own for {@code live: same}
 */
public record Live(RequestSpec request, List<Expectation> expectations) {

    public Live {
        expectations = List.copyOf(expectations);
    }
}
