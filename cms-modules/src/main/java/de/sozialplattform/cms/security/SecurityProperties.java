package de.sozialplattform.cms.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoUsers create the demo users; {@code null} means: yes on the embedded H2 database, no otherwise
 * @param adminUsername an administrator to create (or whose password to reset) on start
 * @param adminPassword its password, from the environment or a secret store
 */
@ConfigurationProperties("sozial.security")
public record SecurityProperties(Boolean demoUsers, String adminUsername, String adminPassword) {

    boolean hasAdmin() {
        return adminUsername != null && !adminUsername.isBlank() && adminPassword != null && !adminPassword.isBlank();
    }

    @Override
    public String toString() {
        return "SecurityProperties[demoUsers=" + demoUsers + ", adminUsername=" + adminUsername + ", adminPassword=***]";
    }
}
