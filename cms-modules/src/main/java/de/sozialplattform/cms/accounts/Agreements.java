package de.sozialplattform.cms.accounts;

import de.sozialplattform.cms.support.SqlTime;
import de.sozialplattform.lightmodules.LightModules;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data-processing agreement (AV-Vertrag) in force and who confirmed which version. The text comes from the
 * light modules, so operators publish a new version by editing {@code agreements/av-vertrag.yaml}; from then on
 * every maintainer who has not confirmed that version is stopped by {@link AgreementGate}.
 */
@Component
class Agreements {

    /** The light-module definition id (file name) of the AV-Vertrag. */
    static final String AV_VERTRAG = "av-vertrag";

    private final LightModules lightModules;
    private final JdbcClient jdbc;
    private final Clock clock;

    Agreements(LightModules lightModules, JdbcClient jdbc, Clock clock) {
        this.lightModules = lightModules;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The AV-Vertrag in force; the application does not start sensibly without one, hence no Optional. */
    Agreement current() {
        return lightModules.definition(Agreement.class, AV_VERTRAG).orElseThrow(() -> new IllegalStateException(
                "no light-module file " + AgreementParser.FOLDER + "/" + AV_VERTRAG + ".yaml"));
    }

    boolean hasConfirmedCurrent(String username) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM agreement_confirmation
                WHERE username = :name AND agreement = :agreement AND agreement_version = :version""")
                .param("name", username).param("agreement", AV_VERTRAG).param("version", current().version())
                .query(Long.class).single() > 0;
    }

    /** Records that {@code username}, acting for {@code organisations}, confirmed {@code version} now. */
    @Transactional(propagation = Propagation.MANDATORY)
    void confirm(String username, String version, Set<String> organisations) {
        jdbc.sql("""
                INSERT INTO agreement_confirmation (username, agreement, agreement_version, organisations, confirmed_at)
                VALUES (:name, :agreement, :version, :orgs, :at)""")
                .param("name", username).param("agreement", AV_VERTRAG).param("version", version)
                .param("orgs", String.join(",", new TreeSet<>(organisations)))
                .param("at", SqlTime.of(clock.instant())).update();
    }
}
