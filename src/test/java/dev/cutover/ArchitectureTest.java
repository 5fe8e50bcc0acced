package dev.cutover;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package picture of docs/architecture.md, enforced: packages sit in layers and depend only on layers
 * below their own — never up, never sideways — so there is no cycle and a newcomer can read the code from the
 * bottom. A change that needs an upward arrow needs a new home for what it shares, not an exception here.
 */
class ArchitectureTest {
    /** Bottom to top; packages in one layer do not know each other. */
    static final List<List<String>> LAYERS = List.of(
            List.of("wire", "yaml", "stats"),
            List.of("expect"),
            List.of("scenario"),
            List.of("launch"),
            List.of("target"),
            List.of("http", "mock", "standin", "oracle"),
            List.of("run"),
            List.of("parity"),
            List.of("verdict"),
            List.of("report"),
            List.of("load", "overhead", "importer"),
            List.of("bench"),
            List.of("cli"));

    private static final Map<String, Integer> RANK = IntStream.range(0, LAYERS.size()).boxed()
            .flatMap(i -> LAYERS.get(i).stream().map(p -> Map.entry(p, i)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.cutover");
    }

    @Test
    void everyPackageHasALayer() {
        classes().should(new ArchCondition<JavaClass>("sit in a layer of docs/architecture.md") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String p = top(c);
                if (p != null && !RANK.containsKey(p)) {
                    events.add(SimpleConditionEvent.violated(c, "package dev.cutover." + p + " has no layer in ArchitectureTest"));
                }
            }
        }).check(main);
    }

    @Test
    void dependenciesPointDown() {
        classes().should(new ArchCondition<JavaClass>("depend only on lower layers") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String from = top(c);
                if (from == null || !RANK.containsKey(from)) return;
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    String to = top(d.getTargetClass());
                    if (to == null || to.equals(from) || !RANK.containsKey(to)) continue;
                    if (RANK.get(to) >= RANK.get(from)) {
                        events.add(SimpleConditionEvent.violated(d, from + " → " + to + ": " + d.getDescription()));
                    }
                }
            }
        }).check(main);
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.cutover.(**)").should().beFreeOfCycles().check(main);
    }

    /** The first package segment under dev.cutover (load.report counts as load), or null outside it. */
    private static String top(JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith("dev.cutover.")) return null;
        String rest = name.substring("dev.cutover.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
