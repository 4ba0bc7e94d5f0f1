package org.xiangli;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import graphql.language.FieldDefinition;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeUtil;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.data.method.annotation.BatchMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One way per shared concern, kept so: time, role checks, the region-scope condition and the
 * batch-mapping glue each have one home, and nothing else does them by hand; every mutation answers
 * with a payload (per record: docs/decisions/0010-mutation-payloads-per-record.md).
 */
class OneWayTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.xiangli");

    private static final String[] FEATURES = {"org.xiangli.audit", "org.xiangli.dashboard", "org.xiangli.demo",
            "org.xiangli.eldercare", "org.xiangli.escalation", "org.xiangli.files", "org.xiangli.grid", "org.xiangli.matter", "org.xiangli.pool", "org.xiangli.project", "org.xiangli.region", "org.xiangli.talent",
            "org.xiangli.time"};

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "xiangli");

    @Test
    void onlyTheTimeModuleReadsTheMachineClockOrNamesAZone() {
        DescribedPredicate<JavaMethodCall> machineTimeOrZone = DescribedPredicate.describe(
                "reads the machine's clock or names a zone", call -> {
                    JavaClass owner = call.getTargetOwner();
                    String name = call.getName();
                    return owner.getPackageName().equals("java.time") && name.equals("now")
                            || owner.isEquivalentTo(System.class) && name.equals("currentTimeMillis")
                            || owner.isEquivalentTo(Clock.class) && name.startsWith("system")
                            || owner.isEquivalentTo(ZoneId.class) && name.equals("of");
                });
        noClasses().that().resideOutsideOfPackage("org.xiangli.time..")
                .should().callMethodWhere(machineTimeOrZone)
                .because("\"now\" comes from the Clock bean (or MachineTime) and the zone is CountyCalendar.ZONE")
                .check(MAIN);
    }

    @Test
    void entityTimestampsComeFromTheClock() {
        noFields().should().beAnnotatedWith(CreationTimestamp.class)
                .orShould().beAnnotatedWith(UpdateTimestamp.class)
                .because("@CreatedDate/@LastModifiedDate are stamped from the Clock bean, which tests move")
                .check(MAIN);
    }

    @Test
    void batchMappingsPairThroughBatchMaps() {
        DescribedPredicate<JavaClass> mapsBatches = DescribedPredicate.describe("map GraphQL batches",
                type -> type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(BatchMapping.class)));
        noClasses().that(mapsBatches)
                .should().callMethod(Collectors.class, "toMap", java.util.function.Function.class, java.util.function.Function.class)
                .orShould().callMethod(Collectors.class, "toMap", java.util.function.Function.class, java.util.function.Function.class,
                        java.util.function.BinaryOperator.class)
                .orShould().callMethod(Collectors.class, "toMap", java.util.function.Function.class, java.util.function.Function.class,
                        java.util.function.BinaryOperator.class, java.util.function.Supplier.class)
                .because("org.xiangli.graphql.BatchMaps pairs each source with what its key finds")
                .check(MAIN);
    }

    @Test
    void roleNamesAreWrittenOnlyInRoles() {
        assertThat(sourcesContaining("hasRole(", "hasAnyRole("))
                .as("@PreAuthorize takes a constant of org.xiangli.security.Roles")
                .containsExactly(Path.of("security", "Roles.java"));
    }

    @Test
    void theRegionScopeConditionIsWrittenOnce() {
        assertThat(sourcesContaining("region_code like :"))
                .as("entities filter with ScopePattern.REGION, REGION_NOT_PUBLIC or REGION_OR_PUBLISHED")
                .containsExactly(Path.of("security", "ScopePattern.java"));
    }

    @Test
    void everyMutationAnswersWithAPayload() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        Path schema = Files.isDirectory(Path.of("schema")) ? Path.of("schema") : Path.of("..", "schema");
        try (Stream<Path> files = Files.list(schema)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(file)));
            }
        }
        List<FieldDefinition> mutations = new ArrayList<>();
        registry.getType("Mutation", ObjectTypeDefinition.class).ifPresent(type -> mutations.addAll(type.getFieldDefinitions()));
        registry.objectTypeExtensions().getOrDefault("Mutation", List.of()).forEach(type -> mutations.addAll(type.getFieldDefinitions()));
        assertThat(mutations).isNotEmpty();
        assertThat(mutations).allSatisfy(mutation -> {
            assertThat(mutation.getType()).as(mutation.getName()).isInstanceOf(NonNullType.class);
            assertThat(TypeUtil.unwrapAll(mutation.getType()).getName()).as(mutation.getName()).endsWith("Payload");
        });
    }

    @Test
    void featureTypesArePublicOnlyWhenAnotherPackageUsesThem() throws IOException {
        JavaClasses withTests = new ClassFileImporter().importPackages("org.xiangli");
        String configuration = Files.readString(Path.of("src", "main", "resources", "application.yml"));
        classes().that().resideInAnyPackage(FEATURES).and().arePublic().and().areTopLevelClasses()
                .should(new ArchCondition<>("be used from another package") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        boolean usedElsewhere = configuration.contains(type.getName()) // instantiated by a library
                                || type.getDirectDependenciesToSelf().stream()
                                .anyMatch(dependency -> !dependency.getOriginClass().getPackageName().equals(type.getPackageName()));
                        if (!usedElsewhere) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " is public but only its own package uses it"));
                        }
                    }
                })
                .because("a module exposes only what others call; Spring beans and entities work package-private")
                .check(withTests);
    }

    /** The main sources (relative to {@code org/xiangli}) that contain any of the texts. */
    private static List<Path> sourcesContaining(String... texts) {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> {
                        String source = read(file);
                        return Stream.of(texts).anyMatch(source::contains);
                    })
                    .map(SOURCES::relativize)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
