package org.xiangli.dashboard;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xiangli.security.AccessProperties;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * {@code /config.js}: the dashboard's run-time settings taken from the API's own configuration, so
 * the Keycloak the dashboard signs in with is always the one whose tokens the API trusts. (The
 * static build carries a default file of the same name for other web servers.)
 */
@RestController
class DashboardSettingsScript {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

    private final String script;

    DashboardSettingsScript(AccessProperties access, DashboardProperties dashboard) {
        String issuer = access.issuer();
        int realms = issuer.lastIndexOf("/realms/");
        Map<String, Object> settings = Map.of(
                "graphql", "graphql",
                "keycloak", Map.of(
                        "url", issuer.substring(0, realms),
                        "realm", issuer.substring(realms + "/realms/".length()),
                        "clientId", dashboard.clientId()));
        this.script = "window.XIANGLI_CONFIG = " + JSON.writeValueAsString(settings) + ";\n";
    }

    @GetMapping(path = "/config.js")
    ResponseEntity<String> settings() {
        return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(script);
    }
}
