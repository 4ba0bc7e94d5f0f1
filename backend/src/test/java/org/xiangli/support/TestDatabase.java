package org.xiangli.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One throw-away database per test run on the MySQL-compatible server the tests use
 * (127.0.0.1:3306 as root unless XIANGLI_TEST_DB_URL/USER/PASSWORD say otherwise). It is dropped
 * when the run ends. An unreachable server fails the run at once with what to do.
 */
public final class TestDatabase {

    private static final String SERVER_URL = env("XIANGLI_TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/");
    private static final String USER = env("XIANGLI_TEST_DB_USER", "root");
    private static final String PASSWORD = env("XIANGLI_TEST_DB_PASSWORD", "");
    private static volatile String name;

    private TestDatabase() {
    }

    public static synchronized String url() {
        if (name == null) {
            name = "xiangli_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                    + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
            execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
            String created = name;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + created)));
        }
        return SERVER_URL + name + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8&rewriteBatchedStatements=true"
                + "&queryInterceptors=" + ServerStatements.class.getName();
    }

    /** The database's name, unique to this run. */
    public static String name() {
        url();
        return name;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER_URL + "?connectTimeout=3000", USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    The tests need a MySQL-compatible server at %s (user %s), and it did not answer: %s
                    Start it (on this machine: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd),
                    or point XIANGLI_TEST_DB_URL, XIANGLI_TEST_DB_USER and XIANGLI_TEST_DB_PASSWORD at one."""
                    .formatted(SERVER_URL, USER, e.getMessage()), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
