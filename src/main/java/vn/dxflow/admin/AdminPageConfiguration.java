package vn.dxflow.admin;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The administration page: static files bundled by the build into {@code static/admin/}, behind its guard. */
@Configuration
class AdminPageConfiguration implements WebMvcConfigurer {

    @Bean
    FilterRegistrationBean<AdminPageFilter> adminPageGuard(ProcessEngine engine) {
        var registration = new FilterRegistrationBean<>(new AdminPageFilter(engine.getName()));
        registration.addUrlPatterns("/admin", "/admin/*");
        registration.setName("dxflowAdminPageGuard");
        return registration;
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/admin", "/admin/");
        registry.addViewController("/admin/").setViewName("forward:/admin/index.html");
    }
}
