package vn.dxflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.spring.boot.starter.SpringBootProcessApplication;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * DXFlow's process application. It deploys the models and their embedded forms under the names the models
 * use ({@code processes/UnitAssessment.bpmn}, {@code forms/self-assess.html}) in every kind of run. Camunda's
 * own scan names a resource by its path inside the archive, which in the packaged jar starts with
 * {@code BOOT-INF/classes/}, so {@code embedded:deployment:forms/…} form keys did not resolve under
 * {@code java -jar}; the resources are found here through Spring's class-path resolver instead.
 */
public class DxflowProcessApplication extends SpringBootProcessApplication {

    /** Classpath folders deployed with the models, each with the file names that belong to a deployment. */
    static final Map<String, List<String>> DEPLOYED = Map.of(
            "processes", List.of("*.bpmn", "*.dmn"),
            "forms", List.of("*.html"));

    @Override
    public void createDeployment(String processArchiveName, DeploymentBuilder deploymentBuilder) {
        deployedResources(getProcessApplicationClassloader())
                .forEach((name, resource) -> deploymentBuilder.addInputStream(name, open(resource)));
    }

    /** The resources to deploy by their deployment name (relative to the class-path root), sorted by name. */
    static Map<String, Resource> deployedResources(ClassLoader classLoader) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
        Map<String, Resource> resources = new TreeMap<>();
        try {
            for (var folder : DEPLOYED.entrySet()) {
                for (Resource root : resolver.getResources("classpath*:" + folder.getKey() + "/")) {
                    String rootUrl = root.getURL().toString();
                    for (String pattern : folder.getValue()) {
                        for (Resource resource : resolver.getResources(rootUrl + "**/" + pattern)) {
                            String relative = resource.getURL().toString().substring(rootUrl.length());
                            resources.putIfAbsent(folder.getKey() + "/" + relative, resource);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the models and forms to deploy", e);
        }
        return resources;
    }

    private static java.io.InputStream open(Resource resource) {
        try {
            return resource.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
