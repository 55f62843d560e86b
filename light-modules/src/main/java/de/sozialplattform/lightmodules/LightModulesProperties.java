package de.sozialplattform.lightmodules;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where light modules come from.
 *
 * @param dir a directory holding light modules (each a folder such as {@code sozialplattform/}); watched for
 *     changes. Empty: the copy inside the jar is used and never changes.
 * @param reloadDelay quiet time after the last file change before definitions are reloaded, so an editor's
 *     save of several files is picked up at once
 */
@ConfigurationProperties("sozial.light-modules")
public record LightModulesProperties(Path dir, @DefaultValue("300ms") Duration reloadDelay) {

    public boolean watched() {
        return dir != null && !dir.toString().isBlank();
    }
}
