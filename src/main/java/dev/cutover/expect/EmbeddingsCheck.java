package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Observation;
import dev.cutover.yaml.Source;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@code embeddings: {count: P, dimensions: P, agrees_with: STEP}} — the vectors of an embeddings answer, read as a
 * client decodes them (a list of numbers, or base64 of little-endian float32 as openai-python asks by default): every
 * value finite, as many vectors as {@code count} says, each as long as {@code dimensions} says, and with
 * {@code agrees_with} the same vectors as an earlier step's answer (say, a float request of the same input). Real
 * providers' vectors differ in their last digits from call to call, so "the same" is a cosine similarity of at least
 * {@value #SAME}: a gateway that re-encodes base64 wrongly (byte order, float64) gives noise, far below it.
 */
record EmbeddingsCheck(Predicate count, Predicate dimensions, String agreesWith, Source source) implements Expectation {

    static final double SAME = 0.99;

    @Override
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (count != null) parts.add("count " + count.describe());
        if (dimensions != null) parts.add("dimensions " + dimensions.describe());
        if (agreesWith != null) parts.add("the same as step '" + agreesWith + "'");
        return "embedding vectors are finite" + (parts.isEmpty() ? "" : ", " + String.join(", ", parts));
    }

    @Override
    public Set<String> readsSteps() {
        return agreesWith == null ? Set.of() : Set.of(agreesWith);
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        List<String> problems = new ArrayList<>();
        List<float[]> vectors = vectors(o, "", problems);
        if (vectors == null) return problems;
        if (count != null) problems.addAll(count.test("embeddings count", Actual.number(vectors.size())));
        for (int i = 0; i < vectors.size(); i++) {
            if (dimensions != null) problems.addAll(dimensions.test("embedding " + i + " dimensions", Actual.number(vectors.get(i).length)));
        }
        if (agreesWith == null) return problems;
        Observation earlier = context.earlier().get(agreesWith);
        if (earlier == null) return List.of("step '" + agreesWith + "' has not run before this one");
        List<float[]> before = vectors(earlier, "step '" + agreesWith + "': ", problems);
        if (before == null) return problems;
        if (before.size() != vectors.size()) {
            problems.add("embeddings: " + vectors.size() + " vectors, step '" + agreesWith + "' had " + before.size());
            return problems;
        }
        for (int i = 0; i < vectors.size(); i++) {
            float[] a = vectors.get(i);
            float[] b = before.get(i);
            if (a.length != b.length) {
                problems.add("embedding " + i + ": " + a.length + " dimensions, step '" + agreesWith + "' had " + b.length);
            } else if (cosine(a, b) < SAME) {
                problems.add(String.format(java.util.Locale.ROOT, "embedding %d: not the vector step '%s' had (cosine similarity "
                        + "%.4f, expected at least %.2f)", i, agreesWith, cosine(a, b), SAME));
            }
        }
        return problems;
    }

    /** The answer's vectors in index order, or null with the problem added when they cannot be read. */
    private static List<float[]> vectors(Observation o, String prefix, List<String> problems) {
        Lookup<JsonNode> body = Response.jsonBody(o);
        if (body.failed()) {
            problems.add(prefix + body.problem());
            return null;
        }
        List<JsonNode> data = new ArrayList<>();
        body.value().path("data").forEach(data::add);
        if (data.isEmpty()) {
            problems.add(prefix + "embeddings: the answer has no data: " + Values.show(body.value()));
            return null;
        }
        data.sort(Comparator.comparingInt(d -> d.path("index").asInt(0)));
        String asked = asked(o);
        boolean base64Asked = "base64".equals(asked);
        List<float[]> out = new ArrayList<>();
        for (JsonNode d : data) {
            String who = prefix + "embedding " + d.path("index").asInt(0);
            JsonNode e = d.path("embedding");
            // The SDKs hand the vector on in the form the request asked for: a list where floats were asked (or nothing
            // was: float is the API's default), the text where base64 was; the other form breaks the caller's code.
            if (asked != null && e.isTextual() != base64Asked && (e.isTextual() || e.isArray())) {
                problems.add(who + ": " + (e.isTextual() ? "base64 text" : "a list of numbers") + ", but the request asked for "
                        + (base64Asked ? "base64" : "floats") + ": an SDK hands it to the caller as it came");
            }
            float[] v = decode(e, who, problems);
            if (v == null) return null;
            out.add(v);
        }
        return out;
    }

    /**
     * The encoding_format the request asked for: "float" when it named none, as the API defaults; null when the request
     * is not known (no JSON body in the observation), and then either form is read.
     */
    private static String asked(Observation o) {
        JsonNode request = Answer.request(o);
        if (request.isMissingNode()) return null;
        JsonNode format = request.path("encoding_format");
        return format.isTextual() ? format.textValue() : "float";
    }

    private static float[] decode(JsonNode e, String who, List<String> problems) {
        float[] v;
        if (e.isArray()) {
            v = new float[e.size()];
            for (int i = 0; i < v.length; i++) {
                if (!e.get(i).isNumber()) {
                    problems.add(who + ": value " + i + " is " + Values.show(e.get(i)) + ", not a number");
                    return null;
                }
                v[i] = (float) e.get(i).asDouble();
            }
        } else if (e.isTextual()) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(e.textValue());
            } catch (IllegalArgumentException bad) {
                problems.add(who + ": not base64: " + bad.getMessage());
                return null;
            }
            if (bytes.length % Float.BYTES != 0) {
                problems.add(who + ": " + bytes.length + " bytes of base64, not a whole number of float32 values");
                return null;
            }
            v = new float[bytes.length / Float.BYTES];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        } else {
            problems.add(who + ": expected a list of numbers or base64 text, got " + Values.show(e));
            return null;
        }
        for (int i = 0; i < v.length; i++) {
            if (!Float.isFinite(v[i])) {
                problems.add(who + ": value " + i + " is " + v[i] + ", not a finite number");
                return null;
            }
        }
        if (v.length == 0) problems.add(who + ": an empty vector");
        return v.length == 0 ? null : v;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
