package de.sozialplattform.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks docker/compose.yaml for consistency with the application and the rest of docker/ (no Docker engine
 * is needed): two replicas of one application image, PostgreSQL, ZooKeeper and a two-node SolrCloud; the
 * application services use only settings from the README's settings table; references between services, to
 * the Dockerfile and to nginx.conf resolve; and no secret has a committed default.
 */
class DockerComposeTest {

    /** Names of variables that hold secrets (passwords, keys, tokens). */
    private static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL");

    /** A compose interpolation {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME:?message}} and so on. */
    private static final Pattern INTERPOLATION =
            Pattern.compile("(\\$*)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}");

    /** A row of the README's settings table: the first column is a backticked variable name. */
    private static final Pattern SETTINGS_ROW = Pattern.compile("^\\|\\s*`([A-Za-z_][A-Za-z0-9_]*)`\\s*\\|");

    private static final Pattern POSTGRES_JDBC_URL = Pattern.compile("^jdbc:postgresql://([^:/?,]+)(?::(\\d+))?/.+");

    private static Path repoRoot;
    private static Path dockerDir;
    private static String composeText;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    static void loadCompose() throws IOException {
        repoRoot = findRepoRoot();
        dockerDir = repoRoot.resolve("docker");
        composeText = Files.readString(dockerDir.resolve("compose.yaml"), StandardCharsets.UTF_8);
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(composeText);
        Map<String, Object> compose = asMap(loaded, "compose.yaml");
        Map<String, Object> rawServices = asMap(compose.get("services"), "services");
        services = new LinkedHashMap<>();
        rawServices.forEach((name, definition) -> services.put(name, asMap(definition, "service " + name)));
    }

    @Test
    void twoAppServicesUseTheSameImageBuiltFromTheDockerfile() {
        List<String> apps = appServices();
        assertEquals(2, apps.size(), "exactly two application replicas built from docker/Dockerfile, found " + apps);

        Set<String> images = apps.stream().map(app -> string(services.get(app).get("image"))).collect(Collectors.toSet());
        assertEquals(1, images.size(), "both application replicas use the same image: " + images);
        assertNotNull(images.iterator().next(), "the application services name their image");

        for (String app : apps) {
            Object build = services.get(app).get("build");
            if (build != null) {
                Path dockerfile = dockerfileOf(build);
                assertTrue(Files.isRegularFile(dockerfile), app + " builds from " + dockerfile + ", which does not exist");
                assertEquals(dockerDir.resolve("Dockerfile").normalize(), dockerfile, app + " builds from docker/Dockerfile");
            }
        }
    }

    @Test
    void eachAppReplicaHasItsOwnDataVolume() {
        Map<String, String> dataDirs = new LinkedHashMap<>();
        for (String app : appServices()) {
            Map<String, String> env = environment(app);
            String dataDir = env.getOrDefault("SOZIAL_DATA_DIR", "/data");
            String source = volumes(app).stream()
                    .map(volume -> volume.split(":"))
                    .filter(parts -> parts.length >= 2 && parts[1].equals(dataDir))
                    .map(parts -> parts[0])
                    .findFirst()
                    .orElseGet(() -> fail(app + " mounts no volume at its data directory " + dataDir));
            dataDirs.put(app, source);
        }
        assertEquals(dataDirs.size(), new LinkedHashSet<>(dataDirs.values()).size(),
                "each application replica has a data volume of its own: " + dataDirs);
    }

    @Test
    void dockerfileBuildsTheJarIntoANonRootImageWithAHealthcheck() throws IOException {
        Path dockerfile = dockerDir.resolve("Dockerfile");
        assertTrue(Files.isRegularFile(dockerfile), "docker/Dockerfile exists");
        String text = Files.readString(dockerfile, StandardCharsets.UTF_8);
        assertTrue(Pattern.compile("(?m)^FROM eclipse-temurin:17-jre\\s*$").matcher(text).find(), "based on eclipse-temurin:17-jre");
        assertTrue(Pattern.compile("(?m)^COPY .*webapp/target/sozialplattform\\.jar").matcher(text).find(), "copies the prebuilt jar");
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(text);
        assertTrue(user.find(), "runs as a non-root user");
        assertFalse(user.group(1).equals("root") || user.group(1).startsWith("0"), "runs as a non-root user, not " + user.group(1));
        assertTrue(Pattern.compile("(?m)^HEALTHCHECK .*").matcher(text).find()
                        && text.contains("/actuator/health/readiness"),
                "has a HEALTHCHECK on /actuator/health/readiness");
        assertTrue(text.contains("SOZIAL_DATA_DIR=/data") && Pattern.compile("(?m)^VOLUME\\s+\\[?\"?/data").matcher(text).find(),
                "keeps its data in the volume /data");
    }

    @Test
    void postgresZookeeperAndTwoSolrCloudNodesExist() {
        String postgres = postgresService();
        assertTrue(string(services.get(postgres).get("image")).startsWith("postgres:17"), "PostgreSQL 17");
        assertNotNull(services.get(postgres).get("healthcheck"), "PostgreSQL has a healthcheck");

        String zookeeper = zookeeperService();

        List<String> solrNodes = servicesWithImage("solr");
        assertEquals(2, solrNodes.size(), "exactly two Solr nodes, found " + solrNodes);
        for (String solr : solrNodes) {
            String zkHost = environment(solr).get("ZK_HOST");
            assertNotNull(zkHost, solr + " sets ZK_HOST");
            String hosts = zkHost.split("/", 2)[0];
            for (String host : hosts.split(",")) {
                String[] hostPort = host.trim().split(":");
                assertEquals(zookeeper, hostPort[0], solr + " points ZK_HOST at the ZooKeeper service: " + zkHost);
                assertEquals("2181", hostPort.length > 1 ? hostPort[1] : "2181", solr + " uses ZooKeeper's client port");
            }
        }
    }

    @Test
    void appServicesUseOnlySettingsDocumentedInTheReadme() throws IOException {
        Set<String> documented = documentedSettings();
        assertTrue(documented.contains("SPRING_DATASOURCE_URL") && documented.contains("SOZIAL_DATA_DIR"),
                "the README's settings table was found and parsed: " + documented);
        for (String app : appServices()) {
            assertFalse(services.get(app).containsKey("env_file"),
                    app + " takes no env_file: every variable it gets is listed in compose.yaml and checked here");
            Set<String> undocumented = new TreeSet<>(environment(app).keySet());
            undocumented.removeAll(documented);
            assertTrue(undocumented.isEmpty(),
                    app + " sets variables that are not settings of the application (README, \"Settings\"): " + undocumented);
        }
    }

    @Test
    void appsUsePostgresAndWaitForIt() {
        String postgres = postgresService();
        for (String app : appServices()) {
            Map<String, String> env = environment(app);
            String url = env.get("SPRING_DATASOURCE_URL");
            assertNotNull(url, app + " sets SPRING_DATASOURCE_URL");
            Matcher matcher = POSTGRES_JDBC_URL.matcher(url);
            assertTrue(matcher.matches(), app + ": SPRING_DATASOURCE_URL is a PostgreSQL JDBC URL: " + url);
            assertEquals(postgres, matcher.group(1), app + ": SPRING_DATASOURCE_URL points at the PostgreSQL service");
            assertNotNull(env.get("SPRING_DATASOURCE_USERNAME"), app + " sets SPRING_DATASOURCE_USERNAME");
            assertNotNull(env.get("SPRING_DATASOURCE_PASSWORD"), app + " sets SPRING_DATASOURCE_PASSWORD");
            assertEquals("false", env.get("SOZIAL_DEMO_USERS"), app + " turns the demo users off");

            Object dependsOn = services.get(app).get("depends_on");
            assertTrue(dependsOn instanceof Map, app + " depends on services with conditions");
            Object condition = asMap(((Map<?, ?>) dependsOn).get(postgres), app + " depends_on " + postgres);
            assertEquals("service_healthy", string(((Map<?, ?>) condition).get("condition")),
                    app + " waits until PostgreSQL is healthy");
        }
    }

    @Test
    void everyServiceInDependsOnExists() {
        services.forEach((name, definition) -> {
            for (String dependency : dependsOn(definition)) {
                assertTrue(services.containsKey(dependency), name + " depends on " + dependency + ", which is no service");
                assertFalse(dependency.equals(name), name + " depends on itself");
            }
        });
    }

    @Test
    void nginxBalancesOverBothAppServices() throws IOException {
        List<String> balancers = servicesWithImage("nginx");
        assertEquals(1, balancers.size(), "one nginx load balancer, found " + balancers);
        String lb = balancers.get(0);
        Path config = volumes(lb).stream()
                .map(volume -> volume.split(":"))
                .filter(parts -> parts.length >= 2 && parts[0].endsWith("nginx.conf"))
                .map(parts -> dockerDir.resolve(parts[0]).normalize())
                .findFirst()
                .orElseGet(() -> fail(lb + " mounts no nginx.conf"));
        assertEquals(dockerDir.resolve("nginx.conf").normalize(), config, "the load balancer uses docker/nginx.conf");
        String nginx = Files.readString(config, StandardCharsets.UTF_8).replaceAll("(?m)#.*$", "");
        assertTrue(Pattern.compile("\\bproxy_pass\\s+http://").matcher(nginx).find(), "nginx.conf proxies to the apps");
        for (String app : appServices()) {
            String port = environment(app).getOrDefault("SERVER_PORT", "8080");
            assertTrue(Pattern.compile("(?m)^\\s*server\\s+" + Pattern.quote(app) + ":" + Pattern.quote(port) + "\\b")
                            .matcher(nginx).find(),
                    "nginx.conf has " + app + ":" + port + " as an upstream server");
        }
        for (String app : appServices()) {
            assertTrue(dependsOn(services.get(lb)).contains(app), lb + " starts after " + app);
        }
    }

    @Test
    void secretsHaveNoCommittedDefault() {
        // Every interpolated secret is either required (${VAR:?message}), plain (${VAR}) or empty by default.
        Matcher matcher = INTERPOLATION.matcher(composeText);
        int secrets = 0;
        while (matcher.find()) {
            if (matcher.group(1).length() % 2 == 1) {
                continue; // $${...}: escaped, expanded by the container's shell, not by compose
            }
            String variable = matcher.group(2);
            String operator = matcher.group(3);
            String argument = matcher.group(4);
            if (!isSecret(variable)) {
                continue;
            }
            secrets++;
            boolean defaultValue = operator != null && (operator.endsWith("-") || operator.endsWith("+"));
            assertFalse(defaultValue && !argument.isEmpty(),
                    "the secret " + variable + " has a committed value in compose.yaml: " + matcher.group());
        }
        assertTrue(secrets > 0, "compose.yaml takes its passwords from the environment");

        // Every secret a service gets is an interpolation, never a literal in the repository.
        services.forEach((name, definition) -> environment(name).forEach((key, value) -> {
            if (isSecret(key) && value != null && !value.isEmpty()) {
                Matcher whole = INTERPOLATION.matcher(value);
                assertTrue(whole.matches() && whole.group(1).isEmpty(),
                        name + ": " + key + " is given as a literal; take it from the environment: ${VAR:?message}");
            }
        }));

        // The database and administrator passwords are required: compose refuses to start without them.
        for (String app : appServices()) {
            for (String key : List.of("SPRING_DATASOURCE_PASSWORD", "SOZIAL_ADMIN_PASSWORD")) {
                String value = environment(app).get(key);
                assertNotNull(value, app + " sets " + key);
                Matcher whole = INTERPOLATION.matcher(value);
                assertTrue(whole.matches() && whole.group(3) != null && whole.group(3).endsWith("?"),
                        app + ": " + key + " is required (${VAR:?message}): " + value);
            }
        }
    }

    @Test
    void envExampleHoldsPlaceholdersOnly() throws IOException {
        Path example = dockerDir.resolve(".env.example");
        assertTrue(Files.isRegularFile(example), "docker/.env.example exists");
        Set<String> required = new TreeSet<>();
        Matcher matcher = INTERPOLATION.matcher(composeText);
        while (matcher.find()) {
            if (matcher.group(1).length() % 2 == 0 && matcher.group(3) != null && matcher.group(3).endsWith("?")) {
                required.add(matcher.group(2));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(example, StandardCharsets.UTF_8)) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                continue;
            }
            String[] keyValue = trimmed.split("=", 2);
            values.put(keyValue[0].trim(), keyValue[1].trim());
        }
        assertTrue(values.keySet().containsAll(required), ".env.example lists every required variable " + required);
        values.forEach((key, value) -> {
            if (isSecret(key)) {
                assertTrue(value.isEmpty() || value.toUpperCase(Locale.ROOT).contains("CHANGE"),
                        ".env.example holds a placeholder, not a password, for " + key + ": " + value);
            }
        });
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private static Path findRepoRoot() {
        String configured = System.getProperty("sozial.test.repo-root");
        if (configured != null && !configured.isBlank()) {
            Path root = Path.of(configured).toAbsolutePath().normalize();
            assertTrue(Files.isRegularFile(root.resolve("docker/compose.yaml")),
                    "sozial.test.repo-root=" + root + " holds no docker/compose.yaml");
            return root;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker/compose.yaml"))) {
                return dir;
            }
        }
        return fail("no docker/compose.yaml above " + Path.of("").toAbsolutePath() + "; set -Dsozial.test.repo-root");
    }

    /** The variable names in the first column of the README's settings table. */
    private static Set<String> documentedSettings() throws IOException {
        List<String> lines = Files.readAllLines(repoRoot.resolve("README.md"), StandardCharsets.UTF_8);
        Set<String> names = new TreeSet<>();
        boolean inSettings = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSettings = line.trim().equalsIgnoreCase("## Settings");
                continue;
            }
            if (inSettings) {
                Matcher row = SETTINGS_ROW.matcher(line);
                if (row.find()) {
                    names.add(row.group(1));
                }
            }
        }
        return names;
    }

    /** Services that build docker/Dockerfile or use the image those builds produce. */
    private static List<String> appServices() {
        Set<String> builtImages = new LinkedHashSet<>();
        services.forEach((name, definition) -> {
            if (definition.containsKey("build")) {
                builtImages.add(string(definition.get("image")));
            }
        });
        List<String> apps = new ArrayList<>();
        services.forEach((name, definition) -> {
            if (definition.containsKey("build") || builtImages.contains(string(definition.get("image")))) {
                apps.add(name);
            }
        });
        return apps;
    }

    private static String postgresService() {
        List<String> postgres = servicesWithImage("postgres");
        assertEquals(1, postgres.size(), "one PostgreSQL service, found " + postgres);
        return postgres.get(0);
    }

    private static String zookeeperService() {
        List<String> zookeeper = servicesWithImage("zookeeper");
        assertEquals(1, zookeeper.size(), "one ZooKeeper service, found " + zookeeper);
        return zookeeper.get(0);
    }

    /** Services whose image is {@code repository[:tag]} for the given repository name (any registry prefix). */
    private static List<String> servicesWithImage(String repository) {
        List<String> result = new ArrayList<>();
        services.forEach((name, definition) -> {
            String image = string(definition.get("image"));
            if (image != null) {
                String withoutTag = image.split("[:@]", 2)[0];
                String last = withoutTag.substring(withoutTag.lastIndexOf('/') + 1);
                if (last.equals(repository)) {
                    result.add(name);
                }
            }
        });
        return result;
    }

    private static Path dockerfileOf(Object build) {
        if (build instanceof String context) {
            return dockerDir.resolve(context).resolve("Dockerfile").normalize();
        }
        Map<String, Object> map = asMap(build, "build");
        Path context = dockerDir.resolve(string(map.getOrDefault("context", "."))).normalize();
        return context.resolve(string(map.getOrDefault("dockerfile", "Dockerfile"))).normalize();
    }

    /** A service's environment, from the map or the list form ({@code KEY=value}); a bare key maps to null. */
    private static Map<String, String> environment(String service) {
        Object environment = services.get(service).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> result.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else if (environment instanceof List<?> list) {
            for (Object entry : list) {
                String[] keyValue = String.valueOf(entry).split("=", 2);
                result.put(keyValue[0], keyValue.length > 1 ? keyValue[1] : null);
            }
        } else if (environment != null) {
            fail(service + ": environment is neither a map nor a list");
        }
        return result;
    }

    /** A service's volumes in the short form {@code source:target[:mode]}; the long form becomes the same. */
    private static List<String> volumes(String service) {
        Object volumes = services.get(service).get("volumes");
        List<String> result = new ArrayList<>();
        if (volumes instanceof List<?> list) {
            for (Object volume : list) {
                if (volume instanceof Map<?, ?> map) {
                    result.add(map.get("source") + ":" + map.get("target"));
                } else {
                    result.add(String.valueOf(volume));
                }
            }
        }
        return result;
    }

    private static Set<String> dependsOn(Map<String, Object> definition) {
        Object dependsOn = definition.get("depends_on");
        Set<String> result = new LinkedHashSet<>();
        if (dependsOn instanceof Map<?, ?> map) {
            map.keySet().forEach(key -> result.add(String.valueOf(key)));
        } else if (dependsOn instanceof List<?> list) {
            list.forEach(entry -> result.add(String.valueOf(entry)));
        } else if (dependsOn != null) {
            fail("depends_on is neither a map nor a list: " + dependsOn);
        }
        return result;
    }

    private static boolean isSecret(String variable) {
        return SECRET_NAME.matcher(variable.toUpperCase(Locale.ROOT)).find();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String what) {
        if (!(value instanceof Map)) {
            return fail(what + " is not a mapping: " + value);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        ((Map<Object, Object>) value).forEach((key, item) -> result.put(String.valueOf(key), item));
        return result;
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
