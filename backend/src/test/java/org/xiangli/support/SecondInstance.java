package org.xiangli.support;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.xiangli.XiangliApplication;

import java.util.UUID;

/**
 * A second backend beside the test's own, as two instances behind a load balancer: the same database
 * and Keycloak, a port and an instance name of its own, no MQTT, no scheduled jobs, no demo data.
 */
public final class SecondInstance {

    private SecondInstance() {
    }

    /** Starts it with the test application's database and issuer; close it to stop it. */
    public static ConfigurableApplicationContext start(Environment environment) {
        return new SpringApplicationBuilder(XiangliApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                "--xiangli.security.issuer=" + environment.getRequiredProperty("xiangli.security.issuer"),
                "--xiangli.instance.name=instance-b-" + UUID.randomUUID().toString().substring(0, 8),
                "--xiangli.eldercare.mqtt.enabled=false",
                "--xiangli.eldercare.schedule.enabled=false",
                "--xiangli.matters.escalation.enabled=false",
                "--xiangli.demo.enabled=false",
                "--xiangli.limits.requests-per-minute=1000000");
    }

    /** The port it listens on. */
    public static int port(ConfigurableApplicationContext instance) {
        return instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
