package org.xiangli.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The GraphQL documents the dashboard sends, read from its sources ({@code frontend/src}, every
 * {@code graphql(`…`)} call of a .ts or .vue file, tests left out), each operation with the fragments
 * it spreads: a test that runs them runs what the dashboard sends, and a view added there is
 * covered by construction.
 */
public final class DashboardDocuments {

    private static final Path SOURCES = Path.of("..", "frontend", "src");
    private static final Pattern CALL = Pattern.compile("graphql\\(`([^`]*)`\\)");
    private static final Pattern OPERATION = Pattern.compile("^\\s*(query|mutation|subscription)\\s+(\\w+)");
    private static final Pattern FRAGMENT = Pattern.compile("^\\s*fragment\\s+(\\w+)");
    private static final Pattern SPREAD = Pattern.compile("\\.\\.\\.\\s*(\\w+)");

    public record Document(String kind, String text) {
    }

    private DashboardDocuments() {
    }

    /** The query operations by name (mutations and subscriptions left out). */
    public static Map<String, String> queries() {
        Map<String, String> queries = new TreeMap<>();
        all().forEach((name, document) -> {
            if (document.kind().equals("query")) {
                queries.put(name, document.text());
            }
        });
        return queries;
    }

    /** Every operation by name, with the fragments it needs appended. */
    public static Map<String, Document> all() {
        Map<String, Document> operations = new TreeMap<>();
        Map<String, String> fragments = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(DashboardDocuments::isSource).toList()) {
                Matcher call = CALL.matcher(Files.readString(file));
                while (call.find()) {
                    String text = call.group(1).strip();
                    Matcher fragment = FRAGMENT.matcher(text);
                    if (fragment.find()) {
                        fragments.put(fragment.group(1), text);
                    }
                    Matcher operation = OPERATION.matcher(text);
                    if (operation.find()) {
                        operations.put(operation.group(2), new Document(operation.group(1), text));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dashboard's sources under " + SOURCES.toAbsolutePath(), e);
        }
        if (operations.isEmpty()) {
            throw new IllegalStateException("no GraphQL documents found under " + SOURCES.toAbsolutePath());
        }
        Map<String, Document> withFragments = new TreeMap<>();
        operations.forEach((name, op) -> withFragments.put(name, new Document(op.kind(), withFragments(op.text(), fragments))));
        return withFragments;
    }

    private static boolean isSource(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".ts") || name.endsWith(".vue")) && !name.endsWith(".spec.ts") && !name.endsWith(".test.ts")
                && !file.toString().contains(java.io.File.separator + "gql" + java.io.File.separator);
    }

    private static String withFragments(String text, Map<String, String> fragments) {
        Set<String> needed = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(java.util.List.of(text));
        while (!queue.isEmpty()) {
            Matcher spread = SPREAD.matcher(queue.pop());
            while (spread.find()) {
                String name = spread.group(1);
                if (fragments.containsKey(name) && needed.add(name)) {
                    queue.add(fragments.get(name));
                }
            }
        }
        StringBuilder document = new StringBuilder(text);
        needed.forEach(name -> document.append('\n').append(fragments.get(name)));
        return document.toString();
    }
}
