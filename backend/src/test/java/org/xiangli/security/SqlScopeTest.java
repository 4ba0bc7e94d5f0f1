package org.xiangli.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The scope native SQL and the search engine take, for each kind of caller; the filter reads the same. */
class SqlScopeTest {

    private static Caller user(String region, Role... roles) {
        return new Caller("u", Set.of(roles), region, Caller.Kind.USER);
    }

    @Test
    void aRegionalCallerSeesTheirSubtree() {
        SqlScope scope = user("330523101", Role.TOWNSHIP_ADMIN).sqlScope();
        assertThat(scope.pattern()).isEqualTo("330523101%");
        assertThat(scope.prefix()).isEqualTo("330523101");
        assertThat(scope.publicOnly()).isFalse();
        assertThat(user("330523101", Role.TOWNSHIP_ADMIN).covers("330523101203")).isTrue();
        assertThat(user("330523101", Role.TOWNSHIP_ADMIN).covers("330523102")).isFalse();
    }

    @Test
    void theUnrestrictedSeeTheWholeTree() {
        for (Caller caller : new Caller[] {Caller.SYSTEM, user(null, Role.PLATFORM_ADMIN), user("330523", Role.PLATFORM_ADMIN)}) {
            assertThat(caller.sqlScope()).isEqualTo(new SqlScope("", false));
            assertThat(caller.sqlScope().pattern()).isEqualTo("%");
            assertThat(caller.covers("330523101203")).isTrue();
        }
    }

    @Test
    void thePublicSeesTheWholeTreeButOnlyPublished() {
        SqlScope scope = Caller.ANONYMOUS.sqlScope();
        assertThat(scope.pattern()).isEqualTo("%");
        assertThat(scope.prefix()).isEmpty();
        assertThat(scope.publicOnly()).isTrue();
        assertThat(Caller.ANONYMOUS.covers("330523")).isTrue();
    }

    @Test
    void aSignedInCallerWithoutAValidRegionSeesNothing() {
        for (Caller caller : new Caller[] {user(null, Role.COUNTY_ADMIN), user("33052", Role.COUNTY_ADMIN)}) {
            assertThat(caller.sqlScope()).isEqualTo(SqlScope.NONE);
            assertThat(caller.sqlScope().prefix()).isNull();
            assertThat(caller.sqlScope().pattern()).isEqualTo("~").doesNotEndWith("%");
            assertThat(caller.covers("330523")).isFalse();
        }
    }

    @Test
    void withoutACallerNothingIsInScopeAndTheFilterReadsTheSame() {
        SecurityContextHolder.clearContext();
        assertThat(CurrentCaller.get().sqlScope()).isEqualTo(SqlScope.NONE);
        assertThat(new ScopePattern().get()).isEqualTo("~");
        assertThat(new PublicOnly().get()).isFalse();
    }
}
