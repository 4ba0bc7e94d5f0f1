package org.xiangli.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An authenticated request: the verified token and the caller it describes. */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Jwt token;
    private final Caller caller;

    CallerAuthentication(Jwt token, Caller caller) {
        super(caller.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        this.token = token;
        this.caller = caller;
        setAuthenticated(true);
    }

    public Caller caller() {
        return caller;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getPrincipal() {
        return caller.name();
    }

    @Override
    public String getName() {
        return caller.name();
    }
}
