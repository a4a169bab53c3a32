package cn.remotewindow.signaling.security;

import cn.remotewindow.signaling.auth.JwtKey;
import cn.remotewindow.signaling.config.WindowProperties;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what over HTTP. The API is stateless and takes bearer access tokens only: no
 * sessions, no cookies (so no CSRF), no Basic or form login.
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurityConfiguration {

    /** Open to anyone; a stale token sent along (clients often keep one) must not turn these into a 401. */
    private static final ServerWebExchangeMatcher PUBLIC = new OrServerWebExchangeMatcher(
            ServerWebExchangeMatchers.pathMatchers("/actuator/health/**", "/actuator/info", "/console/**"),
            // The OpenAPI document (JSON and YAML): it describes the API, it opens nothing.
            ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**",
                    "/v3/api-docs.yaml"),
            ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, "/api/auth/**"));

    /** Accepts access tokens only: the audience check refuses signaling tickets signed with the same key. */
    @Bean
    ReactiveJwtDecoder accessTokenDecoder(JwtKey key, WindowProperties properties) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(key.secretKey())
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(List.of(
                new JwtIssuerValidator(properties.auth().issuer()),
                new JwtAudienceValidator(AccessTokens.AUDIENCE))));
        return decoder;
    }

    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder, JsonMapper json) {
        ProblemWriter problems = new ProblemWriter(json);
        var unauthorized = new ProblemAuthenticationEntryPoint(problems);
        var forbidden = new ProblemAccessDeniedHandler(problems);
        String expert = AccessRole.EXPERT.name();
        String kiosk = AccessRole.KIOSK.name();
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        .matchers(PUBLIC).permitAll()
                        .pathMatchers("/actuator/**").hasRole(AccessRole.ADMIN.name())
                        .pathMatchers("/api/admin/**").hasRole(AccessRole.ADMIN.name())
                        .pathMatchers("/api/signaling/**", "/api/ice-servers").hasAnyRole(expert, kiosk)
                        .pathMatchers(HttpMethod.GET, "/api/catalogue").hasAnyRole(expert, kiosk)
                        .pathMatchers(HttpMethod.POST, "/api/sessions/*/documents/*/image",
                                "/api/sessions/*/closings/*/signature").hasRole(kiosk)
                        .pathMatchers(HttpMethod.GET, "/api/sessions/*/receipt").hasAnyRole(expert, kiosk)
                        .pathMatchers("/api/sessions/**").hasRole(expert)
                        .pathMatchers("/api/experts/**").hasRole(expert)
                        .pathMatchers(HttpMethod.POST, "/api/verifications/*/evidence").hasRole(kiosk)
                        .pathMatchers(HttpMethod.GET, "/api/verifications/**").hasRole(expert)
                        // Anything else needs a token (an unknown route then answers 404); AccessMatrixTest
                        // holds every endpoint to its roles.
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(bearerTokenOutsidePublicPaths())
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(roleClaimConverter()))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    private static ServerAuthenticationConverter bearerTokenOutsidePublicPaths() {
        ServerBearerTokenAuthenticationConverter bearer = new ServerBearerTokenAuthenticationConverter();
        return exchange -> PUBLIC.matches(exchange)
                .flatMap(match -> match.isMatch() ? Mono.empty() : bearer.convert(exchange));
    }

    /** The {@code role} claim becomes the single authority ROLE_&lt;role&gt;. */
    private static ReactiveJwtAuthenticationConverterAdapter roleClaimConverter() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(AccessTokens.ROLE);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
