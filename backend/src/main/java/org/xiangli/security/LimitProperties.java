package org.xiangli.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits that keep one client from exhausting the server.
 *
 * @param maxDepth                   deepest field nesting a query may have
 * @param maxComplexity              cost limit of one query (a field costs 1, multiplied by the page size of the list it is in)
 * @param integratorMaxComplexity    the lower cost limit for integrators' service accounts
 * @param maxAliases                 aliased fields one document may hold
 * @param maxBodySize                largest GraphQL request body
 * @param requestsPerMinute          sustained requests a signed-in client may send
 * @param anonymousRequestsPerMinute sustained requests one address may send without a token
 * @param maxSubscriptionsPerConnection subscriptions one graphql-ws connection may hold at once
 */
@ConfigurationProperties("xiangli.limits")
public record LimitProperties(Integer maxDepth, Integer maxComplexity, Integer integratorMaxComplexity, Integer maxAliases,
                              DataSize maxBodySize, Integer requestsPerMinute, Integer anonymousRequestsPerMinute,
                              Integer maxSubscriptionsPerConnection) {

    public LimitProperties {
        maxDepth = maxDepth == null ? 12 : maxDepth;
        maxComplexity = maxComplexity == null ? 20_000 : maxComplexity;
        integratorMaxComplexity = integratorMaxComplexity == null ? 5_000 : integratorMaxComplexity;
        maxAliases = maxAliases == null ? 30 : maxAliases;
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
        requestsPerMinute = requestsPerMinute == null ? 600 : requestsPerMinute;
        anonymousRequestsPerMinute = anonymousRequestsPerMinute == null ? 120 : anonymousRequestsPerMinute;
        maxSubscriptionsPerConnection = maxSubscriptionsPerConnection == null ? 20 : maxSubscriptionsPerConnection;
    }

    int complexityLimitFor(Caller caller) {
        return caller.has(Role.INTEGRATOR) ? integratorMaxComplexity : maxComplexity;
    }
}
