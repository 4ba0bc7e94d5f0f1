package org.xiangli.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * How the API trusts Keycloak and whom it lets in from browsers.
 *
 * @param issuer         the realm's issuer URL; tokens must carry exactly this {@code iss}
 * @param audience       the API's client id; tokens must name it in {@code aud}
 * @param clockSkew      tolerance on {@code exp}/{@code nbf}
 * @param allowedOrigins dashboard origins allowed by CORS; no others
 */
@ConfigurationProperties("xiangli.security")
public record AccessProperties(String issuer, String audience, Duration clockSkew, List<String> allowedOrigins) {

    public AccessProperties {
        issuer = issuer == null || issuer.isBlank() ? "http://127.0.0.1:8180/realms/xiangli" : issuer;
        audience = audience == null || audience.isBlank() ? "xiangli-api" : audience;
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }

    String jwkSetUri() {
        return issuer + "/protocol/openid-connect/certs";
    }
}
