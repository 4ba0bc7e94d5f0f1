package org.xiangli;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The feature packages are application modules: each reaches another only through what that one
 * exposes, and none depends on another in a cycle. The module diagram and canvases in
 * {@code docs/modules/} are written here, so they stay as current as this test.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(XiangliApplication.class);

    @Test
    void modulesOnlyUseWhatOthersExpose() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        Path folder = docsFolder();
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> diagrams = Files.list(folder)) {
            for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
                sortRelations(diagram);
            }
        }
    }

    /** The Documenter lists relations in no fixed order; sorted, the committed diagrams change only when the modules do. */
    private static void sortRelations(Path diagram) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
        List<Integer> relations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Rel(")) {
                relations.add(i);
            }
        }
        List<String> sorted = relations.stream().map(lines::get).sorted().toList();
        for (int i = 0; i < relations.size(); i++) {
            lines.set(relations.get(i), sorted.get(i));
        }
        Files.write(diagram, lines);
    }

    /** {@code docs/modules/} at the repository's root, whether Maven runs from there or from {@code backend/}. */
    private static Path docsFolder() {
        Path root = Files.isDirectory(Path.of("schema")) ? Path.of("") : Path.of("..");
        return root.resolve("docs").resolve("modules");
    }
}
