package vn.dxflow.security;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * YAML as DXFlow reads it from administrators (catalogs, campaign calendars): bounded in characters and nesting,
 * and with duplicate keys refused. Jackson reads SnakeYAML's events and never expands aliases, so a small file cannot
 * grow into a large one ("billion laughs"); the alias limit also holds for any reader built on SnakeYAML's composer.
 */
public final class SafeYaml {

    /** Characters in one document: ten times the largest bundled catalog. */
    public static final int MAX_CODE_POINTS = 2 * 1024 * 1024;

    private SafeYaml() {
    }

    public static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_CODE_POINTS);
        return options;
    }

    /** A factory for reading administrators' YAML; writers customise {@link #builder()} further. */
    public static YAMLFactory factory() {
        return builder().build();
    }

    public static com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder builder() {
        return YAMLFactory.builder().loaderOptions(loaderOptions());
    }
}
