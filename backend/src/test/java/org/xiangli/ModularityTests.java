package org.xiangli;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.nio.file.Files;
import java.nio.file.Path;

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
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(docsFolder().toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }

    /** {@code docs/modules/} at the repository's root, whether Maven runs from there or from {@code backend/}. */
    private static Path docsFolder() {
        Path root = Files.isDirectory(Path.of("schema")) ? Path.of("") : Path.of("..");
        return root.resolve("docs").resolve("modules");
    }
}
