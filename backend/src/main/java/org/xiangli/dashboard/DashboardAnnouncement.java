package org.xiangli.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Says where the dashboard is once the server listens (or that this build has none). */
@Component
class DashboardAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(DashboardAnnouncement.class);

    @EventListener
    void announce(WebServerInitializedEvent event) {
        String address = event.getApplicationContext().getEnvironment().getProperty("server.address", "127.0.0.1");
        String base = "http://" + address + ":" + event.getWebServer().getPort() + "/";
        if (new ClassPathResource("static/index.html").exists()) {
            log.info("Dashboard: {} (API explorer: {}graphiql)", base, base);
        } else {
            log.warn("This build has no dashboard (built with -Dskip.frontend); the API answers at {}graphql", base);
        }
    }
}
