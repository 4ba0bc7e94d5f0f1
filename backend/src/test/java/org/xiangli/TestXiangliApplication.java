package org.xiangli;

import org.springframework.boot.SpringApplication;
import org.xiangli.support.KeycloakServer;

/**
 * The development run: the real Keycloak with the demo realm on 127.0.0.1:8180 (started, or reused
 * if one is running), then the platform on 127.0.0.1:8080. Ctrl-C stops both.
 * Started by {@code ./mvnw -pl backend spring-boot:test-run}.
 */
public class TestXiangliApplication {

    public static void main(String[] args) {
        KeycloakServer keycloak = KeycloakServer.shared();
        System.out.println("Keycloak is ready at " + keycloak.issuer());
        SpringApplication.from(XiangliApplication::main).run(args);
    }
}
