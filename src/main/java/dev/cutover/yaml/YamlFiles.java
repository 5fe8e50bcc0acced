package dev.cutover.yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a YAML file into a {@link YamlNode}; whatever cannot be used becomes an {@link InputException}
 * with a line. Text comes through {@link TextFiles} (size, encoding); the event pass {@link YamlShape} refuses
 * several documents, deep nesting and keys that are not text with their line before anything is built; the
 * node walk here refuses duplicate keys, aliases that contain themselves and alias expansion past
 * {@link #MAX_VALUES}, so that no reader downstream can recurse for ever or blow up memory.
 */
public final class YamlFiles {
    /** Collections inside collections; the deepest shipped file nests 7. */
    public static final int MAX_DEPTH = 50;
    /** Values counted with every alias expanded: "billion laughs" stops here, far above any real file. */
    public static final int MAX_VALUES = 200_000;
    /** Aliases to lists or maps per file (SnakeYAML's too); aliases to text cannot multiply anything. */
    public static final int MAX_COLLECTION_ALIASES = 20;

    private YamlFiles() {}

    public static YamlNode read(Path file) {
        return parse(file, TextFiles.read(file));
    }

    public static YamlNode parse(Path file, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        // A backstop only: YamlShape has already refused deeper nesting, with its line.
        options.setNestingDepthLimit(MAX_DEPTH + 10);
        options.setCodePointLimit(TextFiles.MAX_BYTES + 1);
        Node root;
        try (Reader r = new StringReader(text)) {
            YamlShape.check(file, new Yaml(options).parse(new StringReader(text)));
            root = new Yaml(options).compose(r);
        } catch (InputException e) {
            throw e;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            // "found unexpected end of stream" alone hides where the unclosed quote or bracket began.
            if (e.getContext() != null && e.getContextMark() != null && e.getContextMark().getLine() + 1 != line) {
                problem += " (" + e.getContext() + " that starts on line " + (e.getContextMark().getLine() + 1) + ")";
            }
            throw new InputException(new InputError(file, line, null, "invalid YAML: " + problem));
        } catch (YAMLException e) {
            throw new InputException(new InputError(file, 0, null, "invalid YAML: " + e.getMessage()));
        } catch (IOException | RuntimeException e) {
            // SnakeYAML's own bugs on odd input (a ClassCastException on an alias used as a key) are still the input's.
            throw new InputException(new InputError(file, 0, null, "invalid YAML: " + e.getMessage()));
        }
        if (root == null) throw new InputException(new InputError(file, 1, null, "file is empty (or holds only comments)"));
        new Walk(file).visit(root, "", 0, new IdentityHashMap<>());
        return new YamlNode(file, "", root);
    }

    /** One pass over the composed nodes, aliases followed, counting every value once per place it appears. */
    private static final class Walk {
        private final Path file;
        private int values;

        Walk(Path file) {
            this.file = file;
        }

        void visit(Node node, String field, int depth, Map<Node, Boolean> ancestors) {
            if (++values > MAX_VALUES) {
                throw error(node, field, "more than " + MAX_VALUES + " values once aliases are expanded; "
                        + "cutover files are far smaller (an alias bomb?)");
            }
            // Aliases may nest a collection deeper than the file's own indentation shows.
            if (depth > 2 * MAX_DEPTH) throw error(node, field, "nested deeper than " + 2 * MAX_DEPTH + " levels through aliases");
            if (!(node instanceof MappingNode) && !(node instanceof SequenceNode)) return;
            if (ancestors.put(node, Boolean.TRUE) != null) {
                throw error(node, field, "an alias refers to a list or map that contains it: the value would never end");
            }
            if (node instanceof MappingNode m) {
                Set<String> seen = new HashSet<>();
                for (NodeTuple t : m.getValue()) {
                    if (!(t.getKeyNode() instanceof ScalarNode k)) {
                        throw error(t.getKeyNode(), field, "a key must be plain text, not a list or a map");
                    }
                    String path = field.isEmpty() ? k.getValue() : field + "." + k.getValue();
                    if (!seen.add(k.getValue())) throw error(k, path, "duplicate key");
                    visit(t.getValueNode(), path, depth + 1, ancestors);
                }
            } else {
                SequenceNode s = (SequenceNode) node;
                for (int i = 0; i < s.getValue().size(); i++) visit(s.getValue().get(i), field + "[" + i + "]", depth + 1, ancestors);
            }
            ancestors.remove(node);
        }

        private InputException error(Node node, String field, String message) {
            return new InputException(new InputError(file, node.getStartMark().getLine() + 1, field, message));
        }
    }
}
