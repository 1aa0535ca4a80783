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
 * Camunda's session login and application authorizations (Cockpit and Admin: administrators only).
 */
@Configuration
class SecurityConfiguration {

    /** Before authentication, on both APIs. */
    @Bean
    FilterRegistrationBean<CrossSiteRequestFilter> crossSiteRequests() {
        var registration = new FilterRegistrationBean<>(new CrossSiteRequestFilter());
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setName("dxflowCrossSiteRequests");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setName("dxflowEngineRestAuthentication");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identity, ProcessEngine engine) {
        var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity, engine.getName()));
        registration.addUrlPatterns("/api/*");
        registration.setName("dxflowApiAuthentication");
        return registration;
    }
}
