package dev.cutover.http;

import dev.cutover.wire.Headers;
import dev.cutover.wire.Observation;
import dev.cutover.wire.Redactor;
import dev.cutover.wire.Timings;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends a non-streaming request through RestAssured and keeps everything it saw. RestAssured reads the
 * whole body, so time to headers and total time are the same figure here.
 */
public final class PlainClient {

    public Observation send(HttpCall call, Redactor redactor) {
        RestAssuredConfig config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", Math.min(call.timeoutMs(), 10_000))
                .setParam("http.socket.timeout", call.timeoutMs()));
        RequestSpecification spec = RestAssured.given().config(config).urlEncodingEnabled(false).noFilters();
        call.headers().forEach(spec::header);
        if (call.body() != null) spec.body(call.body());
        long start = System.nanoTime();
        Response response;
        try {
            response = spec.request(call.method(), call.url());
        } catch (RuntimeException e) {
            return Observations.failed(call, redactor, ms(start), Observations.describe(e));
        }
        String body;
        try {
            body = response.asString();
        } catch (RuntimeException e) {
            return Observations.failed(call, redactor, ms(start), "body broken: " + Observations.describe(e));
        }
        double total = ms(start);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header h : response.getHeaders().asList()) {
            headers.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
        }
        return new Observation(call.masked(redactor), response.getStatusCode(), Headers.of(headers),
                body == null ? "" : body, List.of(), List.of(), new Timings(total, null, total), null, List.of());
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1_000_000.0;
    }
}
