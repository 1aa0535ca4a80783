package vn.dxflow.admin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The report templates as text files: the bundled ones (classpath {@code templates/}) and the administrator's
 * copies in {@code ${dxflow.data-dir}/templates/}, which take their place. Only text formats are listed (fonts
 * and images are not edited here), and paths never leave the templates folder.
 */
@Component
class TemplateFiles {

    private static final Set<String> TEXT = Set.of("html", "htm", "xhtml", "css", "txt", "ftl", "ftlh", "md", "xml",
            "json", "yaml", "yml", "svg", "properties", "mustache", "jrxml", "fo", "xsl");
    private static final Pattern SAFE_PATH = Pattern.compile("[\\p{L}\\p{N}_.\\-]+(/[\\p{L}\\p{N}_.\\-]+)*");

    record TemplateFile(String path, boolean overridden) {
    }

    private final Path folder;

    TemplateFiles(@Value("${dxflow.data-dir}") Path dataDir) {
        this.folder = dataDir.resolve("templates");
    }

    List<TemplateFile> list() throws IOException {
        TreeMap<String, Boolean> files = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**")) {
            String url = resource.getURL().toString();
            int at = url.lastIndexOf("/templates/");
            if (resource.isReadable() && at >= 0 && isText(url)) {
                files.put(url.substring(at + "/templates/".length()), false);
            }
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> saved = Files.walk(folder)) {
                saved.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                        .filter(TemplateFiles::isText).forEach(path -> files.put(path, true));
            }
        }
        return files.entrySet().stream().map(e -> new TemplateFile(e.getKey(), e.getValue())).toList();
    }

    Optional<String> read(String path) throws IOException {
        Path saved = resolve(path);
        if (Files.isRegularFile(saved)) {
            return Optional.of(Files.readString(saved));
        }
        Resource bundled = new PathMatchingResourcePatternResolver().getResource("classpath:templates/" + path);
        if (!bundled.exists()) {
            return Optional.empty();
        }
        try (InputStream in = bundled.getInputStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    void save(String path, String content) throws IOException {
        Path target = resolve(path);
        Files.createDirectories(target.getParent());
        Files.writeString(target, content);
    }

    private Path resolve(String path) {
        if (path == null || !SAFE_PATH.matcher(path).matches() || path.contains("..") || !isText(path)) {
            throw new RefusedException(List.of(Problem.ofModel("Đường dẫn mẫu '" + path + "' không hợp "
                    + "lệ: chỉ dùng tên tệp văn bản trong thư mục templates (ví dụ mau-01.html), không có '..'.")));
        }
        return folder.resolve(path).normalize();
    }

    private static boolean isText(String path) {
        int dot = path.lastIndexOf('.');
        return dot > 0 && TEXT.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
