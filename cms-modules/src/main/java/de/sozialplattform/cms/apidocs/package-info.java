/**
 * The OpenAPI description of the CMS's HTTP APIs, served by springdoc at {@code /v3/api-docs} with Swagger UI at
 * {@code /swagger-ui/index.html}. The management and Delivery APIs parse their paths by hand (catch-all
 * mappings, actions as {@code {path}@publish}), so scanning them would describe nothing useful: this package
 * excludes {@code /.rest/**} and the CMS's handlers below {@code /api/v1/} (feedback, reindex) from springdoc's scan
 * and describes every path, parameter, header and response explicitly, including the RFC 9457 problem shapes of all
 * errors. The search service describes its own paths ({@code de.sozialplattform.search.apidocs}) into the same
 * document. A change to those APIs belongs here too; {@code ApiDocsIT} fails when a mapped path is missing from the
 * document.
 */
package de.sozialplattform.cms.apidocs;
