package vn.thidua;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ThiDuaApplication.class);

    @Test
    @DisplayName("modules have no cycles and reach no other module's internals")
    void verifiesModuleStructure() {
        modules.verify();
    }

    @Test
    void writesModuleDiagramsForReviewers() throws java.io.IOException {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

        java.nio.file.Path components = java.nio.file.Path.of("target", "spring-modulith-docs", "components.puml");
        org.assertj.core.api.Assertions.assertThat(
                        java.nio.file.Files.readString(components).toLowerCase(java.util.Locale.ROOT))
                .contains("organization", "identity", "eligibility", "achievement");
        org.assertj.core.api.Assertions.assertThat(components.resolveSibling("module-eligibility.puml"))
                .exists();
    }
}
