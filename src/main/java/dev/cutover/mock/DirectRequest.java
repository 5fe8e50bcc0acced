package dev.cutover.mock;

import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import dev.cutover.wire.Headers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A request handed to WireMock directly. WireMock's own {@link ImmutableRequest} answers
 * {@code getCookies()} with null, and response templating (used by the 404 mappings) then fails with
 * a NullPointerException; this one reports no cookies instead.
 */
final class DirectRequest extends ImmutableRequest {

    DirectRequest(String absoluteUrl, String method, String protocol, String clientIp, Headers headers, byte[] body) {
        super(absoluteUrl, RequestMethod.fromString(method), protocol, clientIp, wireMockHeaders(headers), body,
                false, false);
    }

    @Override
    public Map<String, Cookie> getCookies() {
        return Map.of();
    }

    private static HttpHeaders wireMockHeaders(Headers headers) {
        List<HttpHeader> list = new ArrayList<>();
        headers.values().forEach((name, values) -> list.add(new HttpHeader(name, values)));
        return new HttpHeaders(list);
    }
}
