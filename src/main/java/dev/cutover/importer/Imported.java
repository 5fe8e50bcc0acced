package dev.cutover.importer;

import dev.cutover.yaml.InputError;
import java.util.List;
import java.util.Map;

/**
 * Everything an import produces before anything is written: file texts by path relative to the output
 * folder, and what the user must be told.
 *
 * @param runs        target profile → scenario folder, one per target written, both relative
 * @param providers   provider prefix → number of deployments, in file order
 * @param unreachable one line per deployment with no direct route: model, provider, reason
 * @param skipped     one line per model that gets no smoke scenario, with the reason
 */
public record Imported(
        String name,
        int deployments,
        int modelNames,
        Map<String, String> files,
        Map<String, String> runs,
        Map<String, Integer> providers,
        int chatModels,
        int embeddingModels,
        List<String> unreachable,
        List<String> skipped,
        List<InputError> warnings) {}
