package de.sozialplattform.webapp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver on {@code http://127.0.0.1:<port>/hook}. It records every request the moment it arrives;
 * it answers 200, except that after {@link #hangOnFirst} it never answers the first request that matches (until
 * the receiver is closed), so the sender is stuck in the middle of that delivery.
 */
final class WebhookReceiver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request as it arrived. */
    record Request(String idempotencyKey, String topic, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        /** Whether this is the event {@code event} (e.g. published) for the node {@code nodeId}. */
        boolean isEvent(String event, String nodeId) {
            JsonNode json = json();
            return event.equals(json.path("event").asString(null)) && nodeId.equals(json.path("id").asString(null));
        }
    }

    private final int port;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "webhook-receiver");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Request> arrived = new CopyOnWriteArrayList<>();
    private final List<Request> accepted = new CopyOnWriteArrayList<>();
    private final AtomicReference<Predicate<Request>> hang = new AtomicReference<>();
    private final CountDownLatch released = new CountDownLatch(1);

    private WebhookReceiver(int port) {
        this.port = port;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
        server.createContext("/hook", this::handle);
        // One thread per request: a hanging request must not block the next one.
        server.setExecutor(executor);
        server.start();
    }

    /** Starts listening on {@code port}. */
    static WebhookReceiver listen(int port) {
        return new WebhookReceiver(port);
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    int port() {
        return port;
    }

    /** The first request from now on that matches is recorded but never answered. */
    void hangOnFirst(Predicate<Request> matching) {
        hang.set(matching);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Request request = new Request(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("X-Sozialplattform-Topic"), new String(body, StandardCharsets.UTF_8));
            arrived.add(request);
            Predicate<Request> hangOn = hang.get();
            if (hangOn != null && hangOn.test(request) && hang.compareAndSet(hangOn, null)) {
                try {
                    released.await(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return; // closing the exchange without an answer
            }
            exchange.sendResponseHeaders(200, -1);
            accepted.add(request);
        }
    }

    /** Requests as they arrived, answered or not. */
    List<Request> arrived() {
        return List.copyOf(arrived);
    }

    /** Requests that were answered with 200. */
    List<Request> accepted() {
        return List.copyOf(accepted);
    }

    Request awaitArrived(String description, Predicate<Request> wanted, Duration timeout) {
        return await(arrived, description, wanted, timeout);
    }

    Request awaitAccepted(String description, Predicate<Request> wanted, Duration timeout) {
        return await(accepted, description, wanted, timeout);
    }

    private Request await(List<Request> requests, String description, Predicate<Request> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Request> found = requests.stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The webhook receiver on port " + port + " did not get " + description
                        + " within " + timeout.toSeconds() + " s; it got: " + arrived);
            }
            AppProcess.sleep(100);
        }
    }

    /** Stops listening (new connections are refused) and lets a hanging request go. */
    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
