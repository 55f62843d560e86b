package de.sozialplattform.webapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The packaged {@code sozialplattform.jar} as a real operating-system process: {@code java -jar} with the Java
 * binary of the test JVM, settings as {@code --name=value} arguments, a random free HTTP port per start and all
 * output in a log file below {@code target/it-logs/}. One instance stands for one installation (its settings,
 * data directory or database); {@link #start()} may be called again after {@link #kill()} or {@link #stop()} to
 * restart it on the same data, on a new port.
 */
final class AppProcess {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    /** Exit status of a process ended by a signal, as Java reports it on Unix: 128 + signal number. */
    static final int EXIT_SIGKILL = 128 + 9;
    static final int EXIT_SIGTERM = 128 + 15;

    /** Lines the application logs only when it shuts down normally (shutdown hook ran). */
    private static final List<String> SHUTDOWN_MARKERS =
            List.of("Commencing graceful shutdown", "HikariPool-1 - Shutdown initiated");

    /** Every process any test started, so none outlives the test JVM. */
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly)));
    }

    private final String name;
    private final Path workDir;
    private final List<String> settings;
    private final List<Path> logs = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private int port;

    /**
     * @param name used in log file names, e.g. {@code OutboxKillIT-h2}
     * @param workDir working directory of the process (relative paths of the application resolve there)
     * @param settings application settings, each {@code --name=value}; the port is added per start
     */
    AppProcess(String name, Path workDir, List<String> settings) {
        this.name = name;
        this.workDir = workDir;
        this.settings = List.copyOf(settings);
    }

    /** The packaged jar, as the failsafe configuration in {@code webapp/pom.xml} passes it. */
    static Path jar() {
        String jar = System.getProperty("sozial.test.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("System property sozial.test.jar must name the packaged jar (got " + jar
                    + "); run the integration tests with 'mvn verify', which builds it first");
        }
        return Path.of(jar);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the jar and waits until it is ready, at most {@link #READY_TIMEOUT}. */
    synchronized AppProcess start() {
        if (isRunning()) {
            throw new IllegalStateException(name + " is already running");
        }
        port = freePort();
        Path log = logDir().resolve(name + "-" + (logs.size() + 1) + ".log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot tell the path of the running java binary")));
        // Only to start faster on small CI machines (about a third): C1-only JIT and the serial collector. The
        // application itself is the unchanged packaged jar.
        command.addAll(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.add("-jar");
        command.add(jar().toString());
        command.add("--server.port=" + port);
        // Tests never download: the gazetteer comes from the file the build names (settings may override it).
        command.add("--sozial.geo.download=false");
        command.add("--sozial.geo.plz-file=" + System.getProperty("sozial.test.geo-plz-file", ""));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        // Only the arguments configure the application: drop settings the test JVM's environment might carry.
        builder.environment().keySet().removeIf(key -> key.startsWith("SOZIAL_") || key.startsWith("SPRING_")
                || key.startsWith("SERVER_") || key.equals("JAVA_TOOL_OPTIONS") || key.equals("JDK_JAVA_OPTIONS"));
        try {
            Files.createDirectories(workDir);
            Files.createDirectories(log.getParent());
            Files.writeString(log, "# " + String.join(" ", masked(command)) + System.lineSeparator());
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            logs.add(log);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
        LIVE.add(process);
        awaitReady();
        return this;
    }

    /** The command line with the values of secret settings (passwords, secrets) replaced by ***. */
    private static List<String> masked(List<String> command) {
        return command.stream().map(arg -> {
            int equals = arg.indexOf('=');
            String key = equals < 0 ? "" : arg.substring(0, equals).toLowerCase(Locale.ROOT);
            return (key.contains("password") || key.contains("secret")) && equals < arg.length() - 1
                    ? arg.substring(0, equals + 1) + "***" : arg;
        }).toList();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with status " + process.exitValue()
                        + " before it was ready; end of " + currentLog() + ":\n" + logTail(80));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            sleep(200);
        }
        throw new IllegalStateException(name + " was not ready within " + READY_TIMEOUT.toSeconds() + " s (last: "
                + last + "); end of " + currentLog() + ":\n" + logTail(80));
    }

    /**
     * kill -9. On Linux {@link Process#destroyForcibly()} sends SIGKILL (checked with strace: the JDK calls
     * {@code kill(pid, SIGKILL)}, while {@link Process#destroy()} sends SIGTERM), so the JVM gets no chance to
     * run shutdown hooks, close its connection pool or finish requests. This method checks both: the exit status
     * is 137 (128 + 9, killed by signal 9) and the log has none of the lines a normal shutdown writes.
     */
    synchronized void kill() {
        requireRunning();
        process.destroyForcibly();
        int status = awaitExit(Duration.ofSeconds(30));
        if (!isWindows() && status != EXIT_SIGKILL) {
            throw new IllegalStateException(name + " ended with status " + status + ", not " + EXIT_SIGKILL
                    + " (SIGKILL)");
        }
        String log = log();
        for (String marker : SHUTDOWN_MARKERS) {
            if (log.contains(marker)) {
                throw new IllegalStateException(name + " shut down normally ('" + marker + "') instead of being killed");
            }
        }
    }

    /** Graceful stop: SIGTERM, then wait for Spring's graceful shutdown; SIGKILL only if it hangs for 30 s. */
    synchronized int stop() {
        requireRunning();
        process.destroy();
        try {
            return awaitExit(Duration.ofSeconds(30));
        } catch (IllegalStateException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Ends the process if it still runs (clean-up after a test); never fails. */
    synchronized void ensureStopped() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        if (process != null) {
            LIVE.remove(process);
        }
    }

    private int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " did not end within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        LIVE.remove(process);
        return process.exitValue();
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    long pid() {
        requireRunning();
        return process.pid();
    }

    int port() {
        return port;
    }

    String name() {
        return name;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Sends a request to the running process. */
    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Log files of all starts so far, oldest first. */
    List<Path> logs() {
        return List.copyOf(logs);
    }

    Path currentLog() {
        synchronized (logs) {
            return logs.isEmpty() ? null : logs.get(logs.size() - 1);
        }
    }

    /** Output of the current (or last) start. */
    String log() {
        Path log = currentLog();
        if (log == null) {
            return "";
        }
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    String logTail(int lines) {
        List<String> all = log().lines().toList();
        return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private void requireRunning() {
        if (!isRunning()) {
            throw new IllegalStateException(name + " is not running");
        }
    }

    private static Path logDir() {
        return jar().toAbsolutePath().getParent().resolve("it-logs");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name + (isRunning() ? " (pid " + process.pid() + ", port " + port + ")" : " (not running)");
    }
}
