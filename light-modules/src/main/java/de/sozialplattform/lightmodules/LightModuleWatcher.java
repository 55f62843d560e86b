package de.sozialplattform.lightmodules;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches the light-modules directory (when one is configured) and reloads the definitions after a short
 * quiet time, so an edit takes effect without a restart.
 */
@Component
class LightModuleWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LightModuleWatcher.class);

    private final LightModulesProperties properties;
    private final LightModules lightModules;
    private volatile WatchService watchService;
    private volatile Thread thread;

    LightModuleWatcher(LightModulesProperties properties, LightModules lightModules) {
        this.properties = properties;
        this.lightModules = lightModules;
    }

    @Override
    public void start() {
        if (!properties.watched()) {
            return;
        }
        try {
            watchService = FileSystems.getDefault().newWatchService();
            registerTree(properties.dir());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot watch " + properties.dir(), e);
        }
        thread = new Thread(this::watch, "light-module-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                drain(key);
                // Wait for a quiet period: editors and tools often write a file in several steps.
                WatchKey more;
                while ((more = watchService.poll(properties.reloadDelay().toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                try {
                    registerTree(properties.dir()); // new sub-folders
                    lightModules.reload();
                } catch (IOException | RuntimeException e) {
                    // e.g. a file or folder vanished while it was read; keep watching, the next change retries
                    log.error("Reloading the light modules failed; the previous definitions stay active", e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Light-module watcher stopped; restart the application to pick up changes", e);
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    @Override
    public void stop() {
        try {
            if (watchService != null) {
                watchService.close();
            }
        } catch (IOException e) {
            log.debug("Closing the watch service failed", e);
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null && thread.isAlive();
    }
}
