package vn.dxflow.cycle;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The dossier page at {@code /ho-so/?id=…} (static/ho-so/index.html; its data comes from the API, which checks access). */
@Configuration
class DossierPageConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/ho-so/").setViewName("forward:/ho-so/index.html");
    }
}
