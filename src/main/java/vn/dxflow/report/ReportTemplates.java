package vn.dxflow.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.ICacheEntryValidity;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Thymeleaf over two folders: the administrator's override folder first, then the templates shipped on the
 * classpath ({@code templates/}), with the same relative names ({@code reports/mau-01.html}). Fragments
 * ({@code reports/layout.html}) are looked up the same way, so an edited letterhead applies to every report.
 *
 * <p>Parsed templates are cached by name, whichever folder they came from, so each cache entry stays valid
 * only while the override folder still looks as it did: a bundled template until a file of its name appears
 * there, an override until its file is changed or removed. An edit therefore applies to the next report on
 * every node that sees the folder, without a restart, at the cost of one file status per template.
 */
class ReportTemplates {

    private final TemplateEngine engine = new TemplateEngine();

    ReportTemplates(Path overrideDir) {
        Path folder = overrideDir.toAbsolutePath();
        FileTemplateResolver override = new FileTemplateResolver() {
            @Override
            protected ICacheEntryValidity computeValidity(IEngineConfiguration configuration, String ownerTemplate,
                    String template, Map<String, Object> attributes) {
                return new UnchangedOverride(overrideOf(folder, template));
            }
        };
        configure(override, folder + "/", 1);
        override.setCheckExistence(true);
        ClassLoaderTemplateResolver bundled = new ClassLoaderTemplateResolver(ReportTemplates.class.getClassLoader()) {
            @Override
            protected ICacheEntryValidity computeValidity(IEngineConfiguration configuration, String ownerTemplate,
                    String template, Map<String, Object> attributes) {
                return new NoOverride(overrideOf(folder, template));
            }
        };
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
    }

    private static Path overrideOf(Path folder, String template) {
        return folder.resolve(template + ".html");
    }

    /** The report's XHTML; the record is available to the template as {@code r}. */
    String html(Report report) {
        return engine.process(report.kind().template(), new Context(null, Map.of("r", report)));
    }

    /** A bundled template stays valid while no override of the same name exists. */
    private record NoOverride(Path override) implements ICacheEntryValidity {
        @Override
        public boolean isCacheable() {
            return true;
        }

        @Override
        public boolean isCacheStillValid() {
            return !Files.exists(override);
        }
    }

    /** An override stays valid while its file exists with the modification time it had when parsed. */
    private static final class UnchangedOverride implements ICacheEntryValidity {
        private final Path file;
        private final FileTime parsedVersion;

        UnchangedOverride(Path file) {
            this.file = file;
            this.parsedVersion = modified(file);
        }

        @Override
        public boolean isCacheable() {
            return parsedVersion != null;
        }

        @Override
        public boolean isCacheStillValid() {
            return parsedVersion.equals(modified(file));
        }

        private static FileTime modified(Path file) {
            try {
                return Files.getLastModifiedTime(file);
            } catch (IOException e) {
                return null;
            }
        }
    }
}
