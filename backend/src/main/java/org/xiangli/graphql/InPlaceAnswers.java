package org.xiangli.graphql;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.servlet.function.AsyncServerResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A GraphQL request over HTTP is answered on the thread that received it. Spring's handler answers
 * asynchronously, which makes the servlet container dispatch every request a second time (its
 * filters, security chain and routing again) to write the answer: a seventh of a small list
 * request's CPU (JFR, docs/benchmarks.md). Requests run on virtual threads, so waiting for the
 * execution here costs no platform thread.
 * <p>
 * The controllers run on that thread too. With virtual threads on, Spring would start another one
 * for every controller method and batch loader and hand the request's context over to it and back:
 * half of a small list request's latency at one client went into the hand-overs. The fields of an
 * operation are then resolved one after another, each batch loader once per level, as before.
 */
@Configuration(proxyBeanMethods = false)
class InPlaceAnswers {

    /**
     * As long as the servlet container let an asynchronous request run (Tomcat's default). With the
     * controllers on this thread the execution has mostly finished when the wait begins: this bounds
     * only what a fetcher still leaves running on another thread.
     */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Bean
    static BeanPostProcessor controllersInPlace() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AnnotatedControllerConfigurer controllers) {
                    controllers.setBlockingMethodPredicate(method -> false);
                }
                return bean;
            }
        };
    }

    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
        return new GraphQlHttpHandler(handler) {
            @Override
            protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> response) {
                ServerResponse prepared = super.prepareResponse(request, Mono.just(await(response)));
                return prepared instanceof AsyncServerResponse async ? async.block() : prepared;
            }
        };
    }

    private static WebGraphQlResponse await(Mono<WebGraphQlResponse> response) {
        try {
            return response.toFuture().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException timedOut) {
            throw new AsyncRequestTimeoutException();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AsyncRequestTimeoutException();
        }
    }
}
