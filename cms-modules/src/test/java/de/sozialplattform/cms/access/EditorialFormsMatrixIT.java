package de.sozialplattform.cms.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.cms.WebSession;
import de.sozialplattform.cms.access.AccessMatrix.Expect;
import de.sozialplattform.cms.access.AccessMatrix.Role;
import de.sozialplattform.cms.access.AccessMatrix.Target;
import de.sozialplattform.cms.access.EditorialForms.Form;
import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.security.Memberships;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
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
 * Role × own/foreign object × every page and form of the editorial web → status, over real HTTP with a signed-in
 * session and its CSRF token per role, generated from {@link EditorialForms}; the fixtures are the API matrix's.
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorialFormsMatrixIT {

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
    private final Map<Role, EditorialForms.Session> sessions = new EnumMap<>(Role.class);

    @TestFactory
    Stream<DynamicNode> matrix() {
        fixtures = new MatrixFixtures(content, reader, memberships, jdbc);
        return Arrays.stream(Role.values()).map(role -> dynamicContainer(role.name(),
                Arrays.stream(Target.values()).map(target -> dynamicContainer(role + " × " + target,
                        Arrays.stream(Form.values()).map(form -> cell(role, target, form))))));
    }

    private DynamicNode cell(Role role, Target target, Form form) {
        Expect expected = EditorialForms.expected(role, target, form);
        return dynamicTest(role + " × " + target + " × " + form + " → " + expected, () -> {
            MatrixFixtures.Fixture fixture = fixtures.create(target, form.prepare);
            HttpResponse<String> response = form.call.apply(session(role), fixture);
            assertThat(response.statusCode()).as(form + " " + fixture.path() + "\n" + response.body())
                    .isEqualTo(expected.status());
            if (role == Role.ANONYMOUS) {
                assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                        location -> assertThat(location).endsWith("/anmelden"));
            }
            if (expected.listed() != null) {
                assertThat(response.body().contains(fixture.path())).as(response.body()).isEqualTo(expected.listed());
            }
        });
    }

    /** One signed-in browser per role, with its session's CSRF token (a visitor's comes from the sign-in page). */
    private EditorialForms.Session session(Role role) {
        return sessions.computeIfAbsent(role, r -> {
            WebSession browser = WebSession.on(port);
            if (r.user == null) {
                return new EditorialForms.Session(browser, WebSession.csrfToken(browser.get("/anmelden").body()));
            }
            assertThat(browser.signIn(r.user, r.user).statusCode()).isEqualTo(302);
            return new EditorialForms.Session(browser, WebSession.csrfToken(browser.get("/redaktion").body()));
        });
    }

    @AfterAll
    void removeFixtures() {
        if (fixtures != null) {
            fixtures.removeFolders();
        }
    }

    /** A new page or form of the editorial web without rows in the matrix fails here. */
    @Test
    void everyEditorialPageAndFormHasMatrixRows() {
        Set<String> served = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream()
                        .filter(p -> p.equals("/redaktion") || p.startsWith("/redaktion/"))
                        .flatMap(p -> info.getMethodsCondition().getMethods().stream().map(m -> m.name() + " " + p)))
                .collect(Collectors.toSet());
        Set<String> covered = Arrays.stream(Form.values()).map(f -> f.method + " " + f.mapping)
                .collect(Collectors.toSet());
        assertThat(served).isNotEmpty();
        assertThat(covered).containsAll(served);
    }
}
