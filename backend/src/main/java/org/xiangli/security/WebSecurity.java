package org.xiangli.security;

import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.xiangli.graphql.ApiError;
import org.xiangli.graphql.HttpErrors;
import org.xiangli.time.MachineTime;

import java.util.List;

/**
 * The API as an OAuth2 resource server of Keycloak. A request without a token is the anonymous
 * public; a request with a token that fails any check (signature, issuer, audience, expiry) gets
 * 401 with {@code WWW-Authenticate}. What a caller may read or change is decided in GraphQL, by
 * role (method security) and by region scope (the {@code regionScope} filter).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class WebSecurity {

    @Bean
    SecurityFilterChain api(HttpSecurity http, JwtDecoder jwtDecoder, ObjectProvider<GridPosts> gridPosts) throws Exception {
        // refusals carry the one error body too (HttpErrors); the bearer entry point adds WWW-Authenticate
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        AuthenticationEntryPoint unauthorized = (request, response, failure) -> {
            bearer.commence(request, response, failure);
            HttpErrors.write(request, response, 401, ApiError.UNAUTHORIZED, request.getHeader("Authorization") == null
                    ? "Sign in first: this needs a valid access token (Authorization: Bearer <token>)"
                    : "The access token is not valid (expired, or not issued for this API): sign in again", null);
        };
        AccessDeniedHandler forbidden = (request, response, denied) ->
                HttpErrors.write(request, response, 403, ApiError.FORBIDDEN, "Your role may not do this; ask an administrator of your area", null);
        return http
                .csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        .requestMatchers("/graphql", "/graphql-ws", "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        // evidence of published projects is public (村务公开); the controller checks the project
                        .requestMatchers(HttpMethod.GET, "/files/evidence/**").permitAll()
                        .requestMatchers("/files/**", "/api/**", "/actuator/**").authenticated()
                        // the dashboard's static files and its history-mode routes are public; its data is not
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .anyRequest().authenticated())
                // Keycloak's silent SSO check runs in an iframe of the dashboard's own origin
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .oauth2ResourceServer(server -> server.bearerTokenResolver(new BearerHeader()).authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden).jwt(jwt -> jwt
                        .decoder(jwtDecoder)
                        .jwtAuthenticationConverter(new KeycloakTokens(gridPosts.getIfAvailable(() -> GridPosts.NONE)))))
                .build();
    }

    /**
     * Keys are fetched from Keycloak's JWKS endpoint on first use and kept: a Keycloak restart or a
     * short outage does not stop a running API; an unknown key id makes it fetch again (rotation).
     * A verified token is kept until it expires ({@link VerifiedTokens}).
     */
    @Bean
    JwtDecoder jwtDecoder(AccessProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .cache(new ConcurrentMapCache("keycloak-jwks"))
                .build();
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuer()),
                new JwtAudienceValidator(properties.audience()));
        decoder.setJwtValidator(validator);
        return new VerifiedTokens(decoder, MachineTime.clock(), VerifiedTokens.MAXIMUM);
    }

    /**
     * No observations of the filter chain, authentications and method authorizations: the request
     * itself is observed ({@code http.server.requests}, {@code graphql.request}); these added a
     * timer or three per request that no dashboard reads.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring's firewall, with its header checks (names and values: assigned characters, no control
     * characters) run as a loop over the characters instead of its regular expression, which cost
     * 2 % of a small request's CPU on the 1.4 kB Authorization header.
     */
    @Bean
    WebSecurityCustomizer firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(WebSecurity::printable);
        firewall.setAllowedHeaderValues(WebSecurity::printable);
        return web -> web.httpFirewall(firewall);
    }

    static boolean printable(String text) {
        // a header is nearly always printable ASCII (a token is 1.4 kB of it): Unicode's tables only past it
        int ascii = 0;
        while (ascii < text.length() && text.charAt(ascii) >= ' ' && text.charAt(ascii) < 0x7F) {
            ascii++;
        }
        return ascii == text.length() || text.substring(ascii).codePoints().allMatch(c -> {
            int type = Character.getType(c);
            return type != Character.UNASSIGNED && type != Character.CONTROL;
        });
    }

    /** Found by name by {@code cors(withDefaults())}. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(AccessProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "X-Request-Id"));
        cors.setExposedHeaders(List.of("X-Request-Id", "Retry-After", "WWW-Authenticate"));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
