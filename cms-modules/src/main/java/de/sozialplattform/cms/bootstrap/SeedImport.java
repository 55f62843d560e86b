package de.sozialplattform.cms.bootstrap;

import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.support.SqlTime;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the seed content ({@code content-export/*.yaml} in the jar) on first start, all files in one
 * transaction. Each file is recorded in {@code bootstrap_import}, so a restart imports nothing twice; when two
 * replicas start together, the second waits on the first one's records and then finds the content there.
 * A file whose root node already exists (content imported another way) is skipped, never merged over. The
 * application only becomes ready after this ran; it runs before command-line commands ({@link BootstrapCommands}).
 */
@Component
@Order(0)
class SeedImport implements ApplicationRunner {

    static final String ACTOR = "system:seed";
    private static final Logger log = LoggerFactory.getLogger(SeedImport.class);

    private final BootstrapYamlReader yamlReader;
    private final BootstrapImporter importer;
    private final ContentReader content;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Settings settings;

    SeedImport(BootstrapYamlReader yamlReader, BootstrapImporter importer, ContentReader content, JdbcClient jdbc,
            TransactionTemplate transactions, Clock clock, Settings settings) {
        this.yamlReader = yamlReader;
        this.importer = importer;
        this.content = content;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
    }

    /** @param enabled import the seed content on first start */
    @ConfigurationProperties("sozial.seed")
    record Settings(@DefaultValue("true") boolean enabled, @DefaultValue("classpath*:content-export/*.yaml") String location) {
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!settings.enabled()) {
            return;
        }
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(settings.location());
        Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
        try {
            transactions.executeWithoutResult(status -> importNew(resources));
        } catch (DuplicateKeyException e) {
            log.info("Seed content was imported by another instance at the same time");
        }
    }

    private void importNew(Resource[] resources) {
        Map<BootstrapFile, BootstrapNode> trees = new LinkedHashMap<>();
        for (Resource resource : resources) {
            BootstrapFile file = BootstrapFile.parse(resource.getFilename());
            if (alreadyImported(file)) {
                continue;
            }
            // Claim the file first: a concurrent starter blocks here until this transaction ends.
            jdbc.sql("INSERT INTO bootstrap_import (file_name, imported_at) VALUES (:file, :at)")
                    .param("file", file.fileName()).param("at", SqlTime.of(clock.instant())).update();
            if (content.find(file.workspace(), file.path()).isPresent()) {
                log.info("Seed file {} skipped: {} exists in workspace {}", file.fileName(), file.path(), file.workspace());
                continue;
            }
            trees.put(file, read(resource, file));
        }
        if (!trees.isEmpty()) {
            importer.importTrees(trees, ACTOR);
            log.info("Imported seed content: {}", trees.keySet().stream().map(BootstrapFile::fileName).toList());
        }
    }

    private boolean alreadyImported(BootstrapFile file) {
        return jdbc.sql("SELECT COUNT(*) FROM bootstrap_import WHERE file_name = :file").param("file", file.fileName())
                .query(Long.class).single() > 0;
    }

    private BootstrapNode read(Resource resource, BootstrapFile file) {
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return yamlReader.read(file.workspace(), reader);
        } catch (IOException | RuntimeException e) {
            throw new BootstrapException(file.fileName() + ": " + e.getMessage(), e);
        }
    }
}
