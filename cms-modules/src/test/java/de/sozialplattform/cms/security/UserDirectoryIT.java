package de.sozialplattform.cms.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.CmsTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Whom notices reach: reviewers by role, maintainers by organisation, disabled users never. */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserDirectoryIT {

    @Autowired
    UserDirectory directory;

    @Autowired
    UserStore users;

    @Test
    void reviewersAndTheMaintainersOfAnOrganisationAreReachedAtTheirAddress() {
        assertThat(directory.withRole(Roles.REVIEWER)).extracting(UserDirectory.Contact::username).contains("reviewer")
                .doesNotContain("editor", "beratung-a");
        assertThat(directory.maintainersOf(UserBootstrap.DEMO_ORGANISATION_A))
                .extracting(UserDirectory.Contact::email).containsExactly("beratung-a@demo.example.org");
        assertThat(directory.maintainersOf(UserBootstrap.DEMO_ORGANISATION_B))
                .extracting(UserDirectory.Contact::username).containsExactly("beratung-b");
    }

    @Test
    void aDisabledUserGetsNoMail() {
        users.save("directory-disabled", "secret-password", Roles.REVIEWER);
        directory.setContact("directory-disabled", "weg@demo.example.org", "en");
        assertThat(directory.contact("directory-disabled")).hasValueSatisfying(c ->
                assertThat(c.language().getLanguage()).isEqualTo("en"));
        users.disable("directory-disabled");
        assertThat(directory.contact("directory-disabled")).isEmpty();
        assertThat(directory.withRole(Roles.REVIEWER)).extracting(UserDirectory.Contact::username)
                .doesNotContain("directory-disabled");
    }
}
