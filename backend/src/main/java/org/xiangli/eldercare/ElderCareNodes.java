package org.xiangli.eldercare;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiangli.graphql.NodeFetcher;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.Role;

import java.util.function.LongFunction;

/**
 * {@code node(id:)} for elders, devices and alerts, in scope and for the roles that may read elder
 * care (supervisors and integrators get null, as for an unknown ID); grid workers read the alerts of
 * their grid's elders (and those elders through them), not elders or devices by ID.
 */
@Configuration(proxyBeanMethods = false)
class ElderCareNodes {

    @Bean
    NodeFetcher elderNodes(ElderCareDirectory directory) {
        return fetcher(Elder.TYPE, id -> directory.elder(id).orElse(null));
    }

    @Bean
    NodeFetcher deviceNodes(ElderCareDirectory directory) {
        return fetcher(Device.TYPE, id -> directory.device(id).orElse(null));
    }

    @Bean
    NodeFetcher alertNodes(ElderCareDirectory directory) {
        return fetcher(Alert.TYPE, id -> directory.alert(id).orElse(null), Role.GRID_WORKER);
    }

    private static NodeFetcher fetcher(String type, LongFunction<@Nullable Object> load, Role... alsoFor) {
        return new NodeFetcher() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public @Nullable Object fetch(long id) {
                return CurrentCaller.get().has(Role.PLATFORM_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN,
                        Role.VILLAGE_OFFICIAL, Role.ELDERCARE_OPERATOR) || CurrentCaller.get().has(alsoFor)
                        || CurrentCaller.get().isUnrestricted()
                        ? load.apply(id) : null;
            }
        };
    }
}
