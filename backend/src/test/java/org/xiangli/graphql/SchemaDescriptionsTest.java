package org.xiangli.graphql;

import graphql.language.AbstractDescribedNode;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** schema/ is documentation too: every type, field, argument and enum value says what it is. */
class SchemaDescriptionsTest {

    @Test
    void everyElementOfTheSchemaIsDescribed() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(schemaDirectory())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(file)));
            }
        }
        List<String> undescribed = new ArrayList<>();
        registry.types().values().forEach(type -> check(type, undescribed));
        registry.objectTypeExtensions().values().forEach(extensions -> extensions.forEach(type -> check(type, undescribed)));
        assertThat(undescribed).as("schema elements without a description").isEmpty();
    }

    private static void check(TypeDefinition<?> type, List<String> undescribed) {
        boolean extension = type.getClass().getSimpleName().endsWith("ExtensionDefinition");
        if (!extension && type instanceof AbstractDescribedNode<?> described && described.getDescription() == null
                && !List.of("Query", "Mutation", "Subscription").contains(type.getName())) {
            undescribed.add(type.getName());
        }
        List<FieldDefinition> fields = switch (type) {
            case ObjectTypeDefinition object -> object.getFieldDefinitions();
            case InterfaceTypeDefinition contract -> contract.getFieldDefinitions();
            default -> List.of();
        };
        for (FieldDefinition field : fields) {
            if (field.getDescription() == null) {
                undescribed.add(type.getName() + "." + field.getName());
            }
            for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                if (argument.getDescription() == null) {
                    undescribed.add(type.getName() + "." + field.getName() + "(" + argument.getName() + ")");
                }
            }
        }
        if (type instanceof InputObjectTypeDefinition input) {
            input.getInputValueDefinitions().stream().filter(value -> value.getDescription() == null)
                    .forEach(value -> undescribed.add(type.getName() + "." + value.getName()));
        }
        if (type instanceof EnumTypeDefinition enumType) {
            enumType.getEnumValueDefinitions().stream().filter(value -> value.getDescription() == null)
                    .forEach(value -> undescribed.add(type.getName() + "." + value.getName()));
        }
    }

    private static Path schemaDirectory() {
        Path fromBackend = Path.of("../schema");
        return Files.isDirectory(fromBackend) ? fromBackend : Path.of("schema");
    }
}
