/** What all public search endpoints under {@code /api/v1/} share: cross-origin access for partner portals. */
package de.sozialplattform.search.api;
