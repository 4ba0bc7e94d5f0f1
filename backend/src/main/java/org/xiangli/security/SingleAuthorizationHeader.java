package org.xiangli.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.xiangli.graphql.ApiError;
import org.xiangli.graphql.HttpErrors;

import java.io.IOException;
import java.util.Collections;

/**
 * A request carries at most one {@code Authorization} header: with two, which one is the caller is
 * ambiguous (a proxy added one, or a client is probing), so the request is refused (400) before
 * any token is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SingleAuthorizationHeader extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION)).size() > 1) {
            HttpErrors.write(request, response, 400, ApiError.BAD_REQUEST,
                    "Send one Authorization header: this request has several", "Authorization");
            return;
        }
        chain.doFilter(request, response);
    }
}
