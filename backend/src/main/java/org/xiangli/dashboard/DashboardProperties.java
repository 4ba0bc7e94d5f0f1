package org.xiangli.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the dashboard in the browser needs to know about its environment.
 *
 * @param clientId the public Keycloak client the dashboard signs in with (authorization code + PKCE)
 */
@ConfigurationProperties("xiangli.dashboard")
record DashboardProperties(String clientId) {

    DashboardProperties {
        clientId = clientId == null || clientId.isBlank() ? "xiangli-dashboard" : clientId;
    }
}
