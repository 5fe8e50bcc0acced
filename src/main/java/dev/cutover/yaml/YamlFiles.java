package dev.cutover.yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

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
        return new YamlNode(file, "", root);
    }
}
