package de.sozialplattform.cms.searchindex;

import java.io.PrintStream;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code java -jar sozialplattform.jar reindex}: rebuilds the advice-centre index from the configured database (or
 * remote Delivery API) into the configured Solr, without web server; exit status 0 done, 1 failed (the live index
 * is unchanged), 2 wrong usage. With the embedded Solr the server must not run at the same time (it holds the
 * index's lock); a running server reindexes through {@code POST /api/v1/admin/reindex}.
 */
@Component
public class ReindexCommand implements ApplicationRunner, ExitCodeGenerator {

    public static final String COMMAND = "reindex";

    private final SearchReindex reindex;
    private final ApplicationContext context;
    private final PrintStream out = System.out;
    private int exitCode;

    ReindexCommand(SearchReindex reindex, ApplicationContext context) {
        this.reindex = reindex;
        this.context = context;
    }

    public static boolean isCommand(String... args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        // A server never runs commands, whatever its arguments.
        if (context instanceof WebApplicationContext || words.isEmpty() || !COMMAND.equals(words.get(0))) {
            return;
        }
        if (words.size() > 1) {
            System.err.println("usage: java -jar sozialplattform.jar reindex");
            exitCode = 2;
            return;
        }
        try {
            ReindexResult result = reindex.reindex();
            out.println("Reindexed " + result.indexed() + " locations from " + result.source() + " in "
                    + result.durationMs() + " ms; replayed " + result.replayed());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("reindex interrupted, the live index is unchanged");
            exitCode = 1;
        } catch (Exception e) {
            System.err.println("reindex failed, the live index is unchanged: " + e.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
