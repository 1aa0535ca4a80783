package vn.dxflow.report;

import java.nio.file.Path;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Thymeleaf over two folders: the administrator's override folder first, then the templates shipped on the
 * classpath ({@code templates/}), with the same relative names ({@code reports/mau-01.html}). Fragments
 * ({@code reports/layout.html}) are looked up the same way, so an edited letterhead applies to every report.
 * Nothing is cached: Thymeleaf caches by template name whichever folder it came from, so a cached bundled
 * template would hide an override saved later. Parsing costs a few milliseconds next to the PDF's layout.
 */
class ReportTemplates {

    private final TemplateEngine engine = new TemplateEngine();

    ReportTemplates(Path overrideDir) {
        FileTemplateResolver override = new FileTemplateResolver();
        configure(override, overrideDir.toAbsolutePath() + "/", 1);
        override.setCheckExistence(true);
        ClassLoaderTemplateResolver bundled = new ClassLoaderTemplateResolver(ReportTemplates.class.getClassLoader());
        configure(bundled, "templates/", 2);
        engine.addTemplateResolver(override);
        engine.addTemplateResolver(bundled);
    }

    private static void configure(AbstractConfigurableTemplateResolver resolver, String prefix, int order) {
        resolver.setPrefix(prefix);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        resolver.setCacheable(false);
    }

    /** The report's XHTML; the record is available to the template as {@code r}. */
    String html(Report report) {
        return engine.process(report.kind().template(), new Context(null, Map.of("r", report)));
    }
}
