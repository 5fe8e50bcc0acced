package dev.cutover.cli;

import dev.cutover.launch.LaunchException;
import dev.cutover.yaml.InputError;
import dev.cutover.yaml.InputException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code cutover} command line. Exit codes: 0 pass, 1 failures, 2 bad input or usage, 3 internal error. */
@Command(name = "cutover", mixinStandardHelpOptions = true, version = "cutover 0.1.0",
        description = "Proves an LLM gateway cutover safe or not: OpenAI-compatible conformance scenarios "
                + "against mock providers and real gateways.",
        subcommands = {InitCommand.class, RunCommand.class, CompareCommand.class, LintCommand.class, MockCommand.class, ImportCommand.class,
                LoadCommand.class, OverheadCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all scenarios passed", "1:a scenario failed or could not run",
                "2:bad input or usage (the message names file, line and field)", "3:internal error",
                "4:inconclusive: too little of what applies ran (see the coverage line)"})
public final class Main {
    public static final int PASS = 0;
    public static final int FAIL = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;
    /** Not failed, but too little of what applies ran to say it passed (or a plan's required features did not run). */
    public static final int INCONCLUSIVE = 4;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        // Enum values (e.g. bench --only streams) are read as the user writes them, in any case.
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (e instanceof InputException ie) {
                for (InputError error : ie.errors()) err.println("error: " + error);
                return BAD_INPUT;
            }
            if (e instanceof LaunchException le) {
                err.println("error: cannot start the target: " + le.getMessage());
                return BAD_INPUT;
            }
            err.println("cutover: internal error: " + e);
            return INTERNAL;
        });
        try {
            return cl.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli hands on Errors; a user still gets one line and exit 3, never a stack trace.
            System.err.println("cutover: internal error: " + e);
            return INTERNAL;
        }
    }
}
