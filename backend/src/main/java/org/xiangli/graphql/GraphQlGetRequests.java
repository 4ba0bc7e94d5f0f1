package org.xiangli.graphql;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GraphQL over HTTP GET (as the GraphQL-over-HTTP spec describes): {@code ?query=&variables=&operationName=}
 * is executed like a POST for queries, and refused with 405 for mutations and subscriptions, which
 * must not run on a safe method.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class GraphQlGetRequests extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String path;

    GraphQlGetRequests(@Value("${spring.graphql.http.path:/graphql}") String path) {
        this.path = path;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !path.equals(request.getRequestURI())
                || request.getParameter("query") == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getParameter("query");
        String operationName = request.getParameter("operationName");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (operationName != null && !operationName.isBlank()) {
            body.put("operationName", operationName);
        }
        try {
            putJson(body, "variables", request.getParameter("variables"));
            putJson(body, "extensions", request.getParameter("extensions"));
        } catch (RuntimeException e) {
            HttpErrors.write(request, response, HttpServletResponse.SC_BAD_REQUEST, ApiError.BAD_REQUEST,
                    "variables and extensions must be JSON objects", null);
            return;
        }
        if (!isQuery(query, operationName)) {
            response.setHeader(HttpHeaders.ALLOW, "POST");
            HttpErrors.write(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, ApiError.BAD_REQUEST,
                    "Only queries may be sent with GET: send mutations with POST, and subscriptions over graphql-ws", null);
            return;
        }
        chain.doFilter(new AsPost(request, JSON.writeValueAsBytes(body)), response);
    }

    private static void putJson(Map<String, Object> body, String name, @Nullable String json) {
        if (json != null && !json.isBlank()) {
            body.put(name, JSON.readValue(json, new TypeReference<Map<String, Object>>() {
            }));
        }
    }

    /** Syntax errors count as queries here, so the executor reports them the usual way. */
    private static boolean isQuery(String query, @Nullable String operationName) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return true;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(op -> operationName == null || operationName.isBlank() || operationName.equals(op.getName()))
                .allMatch(op -> op.getOperation() == OperationDefinition.Operation.QUERY);
    }

    /** The GET request as the POST the GraphQL handler reads. */
    private static final class AsPost extends HttpServletRequestWrapper {
        private final byte[] body;

        AsPost(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public String getMethod() {
            return "POST";
        }

        @Override
        public String getContentType() {
            return MediaType.APPLICATION_JSON_VALUE;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? getContentType() : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
                    ? Collections.enumeration(List.of(getContentType())) : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            Set<String> names = new LinkedHashSet<>(Collections.list(super.getHeaderNames()));
            names.add(HttpHeaders.CONTENT_TYPE);
            return Collections.enumeration(names);
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }
    }
}
