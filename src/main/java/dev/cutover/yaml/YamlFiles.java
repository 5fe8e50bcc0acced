package dev.cutover.yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a YAML file into a {@link YamlNode}; invalid YAML becomes an {@link InputException} with a line. */
public final class YamlFiles {
    private YamlFiles() {}

    public static YamlNode read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InputException(new InputError(file, 0, null, "cannot read file: " + e.getMessage()));
        }
        return parse(file, text);
    }

    public static YamlNode parse(Path file, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        Node root;
        try (Reader r = new StringReader(text)) {
            root = new Yaml(options).compose(r);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            throw new InputException(new InputError(file, line, null, "invalid YAML: " + problem));
        } catch (RuntimeException | IOException e) {
            throw new InputException(new InputError(file, 0, null, "invalid YAML: " + e.getMessage()));
        }
        if (root == null) throw new InputException(new InputError(file, 1, null, "file is empty"));
        rejectDuplicateKeys(file, root, "");
        return new YamlNode(file, "", root);
    }

    /** compose() keeps both copies of a repeated key; a user almost always meant one, so say where. */
    private static void rejectDuplicateKeys(Path file, Node node, String field) {
        if (node instanceof MappingNode m) {
            Set<String> seen = new HashSet<>();
            for (NodeTuple t : m.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
                String path = field.isEmpty() ? key : field + "." + key;
                if (!seen.add(key)) {
                    throw new InputException(new InputError(file, t.getKeyNode().getStartMark().getLine() + 1, path,
                            "duplicate key"));
                }
                rejectDuplicateKeys(file, t.getValueNode(), path);
            }
        } else if (node instanceof SequenceNode s) {
            for (int i = 0; i < s.getValue().size(); i++) rejectDuplicateKeys(file, s.getValue().get(i), field + "[" + i + "]");
        }
    }
}
