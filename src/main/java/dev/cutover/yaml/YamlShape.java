package dev.cutover.yaml;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Checks the shape of a YAML stream from its parser events, before any node is built: SnakeYAML's parser keeps
 * a stack of its own while its composer recurses, so this pass can refuse what would otherwise fail without a
 * line (nesting past {@link YamlFiles#MAX_DEPTH}, too many aliases to collections) or with a stack trace (a list
 * or map used as a key), and a second document, with the line of each.
 */
final class YamlShape {
    private YamlShape() {}

    /** One open collection: whether it is a map and, if so, whether the next node is a key. */
    private static final class Frame {
        final boolean map;
        boolean keyNext = true;

        Frame(boolean map) {
            this.map = map;
        }
    }

    static void check(Path file, Iterable<Event> events) {
        Deque<Frame> open = new ArrayDeque<>();
        Set<String> collectionAnchors = new HashSet<>();
        int documents = 0;
        int collectionAliases = 0;
        for (Event e : events) {
            if (e instanceof DocumentStartEvent) {
                if (++documents > 1) {
                    throw error(file, e, "a second YAML document ('---'): a cutover file holds exactly one");
                }
            } else if (e instanceof CollectionStartEvent) {
                if (atKey(open)) throw error(file, e, "a key must be plain text, not a list or a map");
                if (open.size() >= YamlFiles.MAX_DEPTH) {
                    throw error(file, e, "nested deeper than " + YamlFiles.MAX_DEPTH + " levels of lists and maps");
                }
                open.push(new Frame(e instanceof MappingStartEvent));
                String anchor = ((CollectionStartEvent) e).getAnchor();
                if (anchor != null) collectionAnchors.add(anchor);
            } else if (e instanceof CollectionEndEvent) {
                open.pop();
                done(open);
            } else if (e instanceof ScalarEvent || e instanceof AliasEvent) {
                if (e instanceof AliasEvent && atKey(open)) throw error(file, e, "a key must be plain text, not an alias");
                // Counted here as SnakeYAML's composer would, but with the line of the alias that goes too far.
                if (e instanceof AliasEvent a && collectionAnchors.contains(a.getAnchor())
                        && ++collectionAliases > YamlFiles.MAX_COLLECTION_ALIASES) {
                    throw error(file, e, "more than " + YamlFiles.MAX_COLLECTION_ALIASES + " aliases to lists or maps "
                            + "(an alias bomb?): write the values out");
                }
                done(open);
            }
        }
    }

    private static boolean atKey(Deque<Frame> open) {
        return !open.isEmpty() && open.peek().map && open.peek().keyNext;
    }

    /** A node ended: in a map, keys and values alternate. */
    private static void done(Deque<Frame> open) {
        if (!open.isEmpty() && open.peek().map) open.peek().keyNext = !open.peek().keyNext;
    }

    private static InputException error(Path file, Event e, String message) {
        int line = e.getStartMark() == null ? 0 : e.getStartMark().getLine() + 1;
        return new InputException(new InputError(file, line, null, message));
    }
}
