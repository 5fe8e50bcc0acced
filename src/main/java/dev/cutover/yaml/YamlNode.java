package dev.cutover.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML node that remembers its file, line and dotted field path, so that any reader of user files
 * can say exactly where a value is wrong. Accessors throw {@link InputException} with that place.
 */
public final class YamlNode {
    private final Path file;
    private final String field;
    private final Node node;

    YamlNode(Path file, String field, Node node) {
        this.file = file;
        this.field = field;
        this.node = node;
    }

    public Path file() { return file; }
    public String field() { return field; }
    public int line() { return node.getStartMark().getLine() + 1; }
    /** The file and line of this value, for results that must point back at it. */
    public Source source() { return new Source(file, line()); }

    public InputException error(String message) {
        return new InputException(new InputError(file, line(), field, message));
    }

    public InputError problem(String message) {
        return new InputError(file, line(), field, message);
    }

    public boolean isMap() { return node instanceof MappingNode; }
    public boolean isList() { return node instanceof SequenceNode; }
    public boolean isScalar() { return node instanceof ScalarNode; }
    public boolean isNull() { return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL); }

    /** Entries of a mapping, in file order; keys are scalar text. */
    public Map<String, YamlNode> entries() {
        if (!(node instanceof MappingNode m)) throw error("expected a map, found " + kind());
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw new YamlNode(file, field, t.getKeyNode()).error("keys must be plain words");
            }
            out.put(k.getValue(), new YamlNode(file, child(k.getValue()), t.getValueNode()));
        }
        return out;
    }

    /** Throws at the first key not in {@code allowed}, naming what is allowed. */
    public void onlyKeys(Collection<String> allowed) {
        if (!isMap()) throw error("expected a map, found " + kind());
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw new YamlNode(file, field, t.getKeyNode()).error("keys must be plain words");
            }
            String key = k.getValue();
            if (!allowed.contains(key)) {
                throw new YamlNode(file, child(key), t.getKeyNode())
                        .error("unknown key; allowed here: " + String.join(", ", allowed));
            }
        }
    }

    public Optional<YamlNode> get(String key) {
        YamlNode v = entries().get(key);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    public YamlNode require(String key) {
        return get(key).orElseThrow(() -> new InputException(
                new InputError(file, line(), child(key), "missing required field")));
    }

    /** Like {@link #require(String)}, saying why the field is needed; a key written without a value is pointed at. */
    public YamlNode require(String key, String why) {
        Optional<YamlNode> v = get(key);
        if (v.isPresent()) return v.get();
        YamlNode written = entries().get(key);
        if (written != null) throw written.error(why);
        throw new InputException(new InputError(file, line(), child(key), "missing: " + why));
    }

    public List<YamlNode> items() {
        if (!(node instanceof SequenceNode s)) throw error("expected a list, found " + kind());
        List<YamlNode> out = new ArrayList<>();
        for (int i = 0; i < s.getValue().size(); i++) {
            out.add(new YamlNode(file, field + "[" + i + "]", s.getValue().get(i)));
        }
        return out;
    }

    public String text() {
        if (!(node instanceof ScalarNode s) || isNull()) throw error("expected a text value, found " + kind());
        return s.getValue();
    }

    public int integer() {
        try {
            return Integer.parseInt(text().trim());
        } catch (NumberFormatException e) {
            boolean digits = text().trim().matches("[-+]?[0-9]+");
            throw error(digits ? "'" + text().trim() + "' is too large a number" : "expected a whole number, found '" + text() + "'");
        }
    }

    /** A whole number from {@code min} to {@code max}; {@code unit} (e.g. "ms") is only for the message. */
    public int integer(int min, int max, String unit) {
        String u = unit.isEmpty() ? "" : " " + unit;
        String t = isScalar() && !isNull() ? text().trim() : "";
        // A number too large for an int is out of range too, and says so in the same words.
        if (t.matches("[-+]?[0-9]+")) {
            java.math.BigInteger b = new java.math.BigInteger(t.startsWith("+") ? t.substring(1) : t);
            if (b.compareTo(java.math.BigInteger.valueOf(min)) < 0 || b.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
                throw error("must be from " + min + " to " + max + u + ", found " + cut(t));
            }
        }
        int v = integer();
        if (v < min || v > max) throw error("must be from " + min + " to " + max + u + ", found " + v);
        return v;
    }

    private static String cut(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    public boolean bool() {
        String t = text().trim();
        if (t.equals("true")) return true;
        if (t.equals("false")) return false;
        throw error("expected true or false, found '" + t + "'");
    }

    public <E extends Enum<E>> E oneOf(Class<E> type) {
        String t = text().trim();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t.replace('-', '_'))) return e;
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) names.add(e.name().toLowerCase().replace('_', '-'));
        throw error("'" + t + "' is not one of " + String.join(", ", names));
    }

    /** One of an enum's values, written exactly as {@code spelling} writes it (e.g. {@code with_first_token}). */
    public <E extends Enum<E>> E oneOf(Class<E> type, java.util.function.Function<E, String> spelling) {
        java.util.Map<String, E> byName = new java.util.LinkedHashMap<>();
        for (E e : type.getEnumConstants()) byName.put(spelling.apply(e), e);
        return byName.get(oneOf(new java.util.LinkedHashSet<>(byName.keySet())));
    }

    public String oneOf(Set<String> allowed) {
        String t = text().trim();
        if (!allowed.contains(t)) {
            // A Set.of iterates in a different order in every JVM; the same mistake must read the same every time.
            boolean ordered = allowed instanceof java.util.LinkedHashSet || allowed instanceof java.util.SortedSet;
            throw error("'" + t + "' is not one of " + String.join(", ", ordered ? allowed : new java.util.TreeSet<>(allowed)));
        }
        return t;
    }

    public List<String> texts() {
        if (isScalar()) return List.of(text());
        return items().stream().map(YamlNode::text).toList();
    }

    /** Plain Java value (Map, List, String, Long, Double, Boolean, null) with YAML typing. */
    public Object plain() {
        if (node instanceof MappingNode) {
            Map<String, Object> out = new LinkedHashMap<>();
            entries().forEach((k, v) -> out.put(k, v.plain()));
            return out;
        }
        if (node instanceof SequenceNode) {
            return items().stream().map(YamlNode::plain).toList();
        }
        ScalarNode s = (ScalarNode) node;
        Tag tag = s.getTag();
        if (tag.equals(Tag.NULL)) return null;
        if (tag.equals(Tag.BOOL)) return Scalars.bool(s.getValue());
        if (tag.equals(Tag.INT)) return Scalars.integer(s.getValue(), this);
        if (tag.equals(Tag.FLOAT)) return Scalars.decimal(s.getValue(), this);
        return s.getValue();
    }

    private String child(String key) {
        return field == null || field.isEmpty() ? key : field + "." + key;
    }

    private String kind() {
        if (node instanceof MappingNode) return "a map";
        if (node instanceof SequenceNode) return "a list";
        return isNull() ? "nothing" : "'" + ((ScalarNode) node).getValue() + "'";
    }
}
