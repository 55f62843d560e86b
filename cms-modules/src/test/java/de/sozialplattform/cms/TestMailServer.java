package de.sozialplattform.cms;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) on loopback for every Spring context of this module's tests, started once per
 * test JVM: this post-processor points {@code spring.mail.host/port} of each context at it, so all contexts keep one
 * configuration. Tests read what arrived through {@link #greenMail()}.
 */
public class TestMailServer implements EnvironmentPostProcessor {

    private static final class Holder {
        static final GreenMail SERVER = start();
    }

    /** The running server; tests may stop and start it to simulate an SMTP outage, on the same port. */
    public static GreenMail greenMail() {
        return Holder.SERVER;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        int port = greenMail().getSmtp().getPort();
        environment.getPropertySources().addFirst(new MapPropertySource("testMailServer", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", port,
                "spring.mail.properties.mail.smtp.connectiontimeout", 5000,
                "spring.mail.properties.mail.smtp.timeout", 5000)));
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
