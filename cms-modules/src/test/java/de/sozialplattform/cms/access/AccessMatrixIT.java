package de.sozialplattform.cms.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import de.sozialplattform.cms.ApiClient;
import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.cms.access.AccessMatrix.Endpoint;
import de.sozialplattform.cms.access.AccessMatrix.Expect;
import de.sozialplattform.cms.access.AccessMatrix.Role;
import de.sozialplattform.cms.access.AccessMatrix.Target;
import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.security.Memberships;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Role × target × endpoint → status, generated from {@link AccessMatrix} and run over real HTTP with the demo
 * users. Every cell gets a fresh object, so writes that succeed do not disturb the others.
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    @Autowired
    ContentReader reader;

    @Autowired
    Memberships memberships;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private MatrixFixtures fixtures;

    @TestFactory
    Stream<DynamicNode> matrix() {
        fixtures = new MatrixFixtures(content, reader, memberships, jdbc);
        return Arrays.stream(Role.values()).map(role -> dynamicContainer(role.name(),
                Arrays.stream(Target.values()).map(target -> dynamicContainer(role + " × " + target,
                        Arrays.stream(Endpoint.values()).map(endpoint -> cell(role, target, endpoint))))));
    }

    private DynamicNode cell(Role role, Target target, Endpoint endpoint) {
        Expect expected = AccessMatrix.expected(role, target, endpoint);
        return dynamicTest(role + " × " + target + " × " + endpoint + " → " + expected, () -> {
            MatrixFixtures.Fixture fixture = fixtures.create(target, endpoint.prepare);
            ApiClient.Response response = endpoint.call.apply(role.client(port), fixture);
            assertThat(response.status()).as(response.toString()).isEqualTo(expected.status());
            if (expected.status() >= 400) {
                assertThat(response.header("Content-Type")).as("errors are problem JSON").contains("problem+json");
            }
            if (expected.listed() != null) {
                assertThat(response.body().contains(fixture.id())).as(response.toString()).isEqualTo(expected.listed());
            }
        });
    }

    @AfterAll
    void removeFixtures() {
        if (fixtures != null) {
            fixtures.removeFolders();
        }
    }

    /** A new management endpoint without a row in the matrix fails here. */
    @Test
    void everyManagementEndpointHasMatrixRows() {
        Set<String> served = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream().filter(p -> p.startsWith("/.rest/"))
                        .filter(p -> !p.startsWith("/.rest/delivery/"))
                        .flatMap(p -> info.getMethodsCondition().getMethods().stream().map(m -> m.name() + " " + p)))
                .collect(Collectors.toSet());
        Set<String> covered = Arrays.stream(Endpoint.values()).map(e -> e.method + " " + e.mapping)
                .collect(Collectors.toSet());
        assertThat(served).isNotEmpty();
        assertThat(covered).containsAll(served);
    }
}
