package dev.cutover.cli;

import dev.cutover.importer.Imported;
import dev.cutover.importer.LitellmImport;
import dev.cutover.importer.OutputFolder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turns another tool's configuration into cutover target profiles and smoke scenarios.",
        subcommands = ImportCommand.LitellmConfig.class)
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Without a source format there is nothing to import: that is a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return Main.BAD_INPUT;
    }

    @Command(name = "litellm-config", mixinStandardHelpOptions = true,
            description = {"Reads a LiteLLM proxy config (model_list, general_settings, ...) and writes: a target profile for "
                    + "the proxy, direct-provider profiles for moving off it, and per-model smoke scenarios (chat + stream, "
                    + "or embedding). Keys are never copied: profiles read them from the environment."})
    static final class LitellmConfig implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "CONFIG", description = "The LiteLLM config file (config.yaml).")
        Path config;

        @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: imported/<name>).")
        Path out;

        @Option(names = "--name", description = "Name for targets and folders (default: the config's file name, "
                + "or its folder's name for config.yaml).")
        String name;

        @Option(names = "--force", description = "Replace files that already exist.")
        boolean force;

        @Override
        public Integer call() {
            Imported imported = LitellmImport.plan(config, name);
            Path dir = out != null ? out : Path.of("imported", imported.name());
            imported.warnings().forEach(w -> System.err.println("warning: " + w));
            OutputFolder.write(dir, imported.files(), force);
            System.out.println("cutover import litellm-config: " + config);
            LitellmImport.summary(imported, dir).forEach(System.out::println);
            return Main.PASS;
        }
    }
}
