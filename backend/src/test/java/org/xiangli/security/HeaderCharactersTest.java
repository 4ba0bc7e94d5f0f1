package org.xiangli.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The firewall's and the bearer resolver's character rules, on the fast ASCII path and past it. */
class HeaderCharactersTest {

    @Test
    void printableHeaders() {
        assertThat(WebSecurity.printable("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")).isTrue();
        assertThat(WebSecurity.printable("")).isTrue();
        assertThat(WebSecurity.printable("安吉县 上墅乡")).isTrue();
        assertThat(WebSecurity.printable("ascii then 安吉 then ascii")).isTrue();
        assertThat(WebSecurity.printable("bell \u0007")).isFalse();
        assertThat(WebSecurity.printable("delete \u007F")).isFalse();
        assertThat(WebSecurity.printable("安吉\u0085")).isFalse();
        assertThat(WebSecurity.printable("unassigned \uFFFF")).isFalse();
    }

    @Test
    void bearerTokens() {
        assertThat(BearerHeader.isToken68("Bearer abc-._~+/XYZ09==", 7)).isTrue();
        assertThat(BearerHeader.isToken68("Bearer ", 7)).isFalse();
        assertThat(BearerHeader.isToken68("Bearer ab=c", 7)).isFalse();
        assertThat(BearerHeader.isToken68("Bearer ab c", 7)).isFalse();
        assertThat(BearerHeader.isToken68("Bearer 安吉", 7)).isFalse();
        assertThat(BearerHeader.isToken68("Bearer ab\u0080", 7)).isFalse();
    }
}
