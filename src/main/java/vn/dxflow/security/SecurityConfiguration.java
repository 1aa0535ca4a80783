package vn.dxflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Authentication of the two APIs: Camunda's REST API (HTTP Basic, Camunda's own filter, so its queries are
 * filtered by the caller's authorizations) and DXFlow's {@code /api/*}. Tasklist, Cockpit and Admin keep
 * Camunda's session login and application authorizations (Cockpit and Admin: administrators only). In front of
 * both: response headers, the login throttle, cross-site refusal and body limits; behind authentication, the
 * administrators-only Camunda resources.
 */
@Configuration
class SecurityConfiguration {

    private static final int FIRST = Ordered.HIGHEST_PRECEDENCE;

    /** Every response DXFlow serves, before anything can write one. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeadersFilter() {
        var registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.addUrlPatterns("/*");
        registration.setName("dxflowSecurityHeaders");
        registration.setOrder(FIRST);
        return registration;
    }

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
        var registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
        registration.addUrlPatterns("/api/*", "/engine-rest/*", LoginThrottleFilter.WEBAPP_LOGIN + "*");
        registration.setName("dxflowLoginThrottle");
        registration.setOrder(FIRST + 5);
        return registration;
    }

    /** Before authentication, on both APIs. */
    @Bean
    FilterRegistrationBean<CrossSiteRequestFilter> crossSiteRequests() {
        var registration = new FilterRegistrationBean<>(new CrossSiteRequestFilter());
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setName("dxflowCrossSiteRequests");
        registration.setOrder(FIRST + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimits> requestBodyLimitsFilter(RequestLimitProperties limits) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimits(limits.bodyLimits()));
        registration.addUrlPatterns("/api/*");
        registration.setName("dxflowRequestBodyLimits");
        registration.setOrder(FIRST + 15);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setName("dxflowEngineRestAuthentication");
        registration.setOrder(FIRST + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identity, ProcessEngine engine) {
        var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity, engine.getName()));
        registration.addUrlPatterns("/api/*");
        registration.setName("dxflowApiAuthentication");
        registration.setOrder(FIRST + 20);
        return registration;
    }

    /** After Camunda's REST authentication, which tells who the caller is. */
    @Bean
    FilterRegistrationBean<AdministratorOnlyResources> administratorOnlyResourcesFilter(IdentityService identity,
            ProcessEngine engine) {
        var registration = new FilterRegistrationBean<>(new AdministratorOnlyResources(identity, engine.getName()));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*", "/camunda/api/cockpit/*");
        registration.setName("dxflowAdministratorOnlyResources");
        registration.setOrder(FIRST + 30);
        return registration;
    }
}
