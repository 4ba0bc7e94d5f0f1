package org.xiangli;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * The name of this running instance, the same after a restart: it names the instance's MQTT client
 * (so its persistent session is picked up again), its ShedLock locks and the alert changes it
 * published. Set {@code xiangli.instance.name} ({@code XIANGLI_INSTANCE_NAME}) in production, e.g. to
 * a StatefulSet pod name; the default is the host name and HTTP port, and a random suffix when the
 * port is random (tests), where no later process could take the name up again anyway.
 */
@Component
public class InstanceName {

    private final String value;

    InstanceName(@Value("${xiangli.instance.name:}") String configured, @Value("${server.port:8080}") int port) {
        this.value = configured.isBlank() ? derived(port) : configured.strip();
    }

    /** The instance's name. */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String derived(int port) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String name = host + "-" + port;
        return port == 0 ? name + "-" + UUID.randomUUID().toString().substring(0, 8) : name;
    }
}
