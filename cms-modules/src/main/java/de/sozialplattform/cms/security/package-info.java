/**
 * Who may call the CMS: a local user store (BCrypt hashes in the database) behind HTTP Basic for the
 * management API, demo users for trying the system out, and an administrator bootstrapped from configuration.
 * Roles: {@code ADMIN} (outbox, audit, trash purge) and {@code EDITOR} (all content).
 */
package de.sozialplattform.cms.security;
