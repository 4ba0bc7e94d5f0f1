package org.xiangli.dashboard;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * The dashboard's files. {@code /assets/**} carry a content hash in their names and are cached for
 * a year; everything else is revalidated. A path that names no file and is not an API prefix is a
 * dashboard route (history mode) and gets {@code index.html}, so a bookmarked
 * {@code /projects/…} opens the right view.
 */
@Configuration(proxyBeanMethods = false)
class DashboardResources implements WebMvcConfigurer {

    private static final String LOCATION = "classpath:/static/";
    private static final Set<String> NOT_ROUTES = Set.of("graphql", "files", "api", "actuator", "assets", "error");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(LOCATION + "assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/**")
                .addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new RoutesToIndex());
    }

    private static final class RoutesToIndex extends PathResourceResolver {

        @Override
        protected @Nullable Resource getResource(String path, Resource location) throws IOException {
            Resource file = super.getResource(path, location);
            if (file != null) {
                return file;
            }
            return isRoute(path) ? index() : null;
        }

        private static boolean isRoute(String path) {
            String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
            String last = path.substring(path.lastIndexOf('/') + 1);
            return !NOT_ROUTES.contains(first) && !last.contains(".");
        }

        private static @Nullable Resource index() {
            Resource index = new ClassPathResource("static/index.html");
            return index.exists() ? index : null;
        }
    }
}
