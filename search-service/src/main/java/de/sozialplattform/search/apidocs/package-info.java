/**
 * The OpenAPI description of the public search API under {@code /api/v1/} (Beratungsstellenfinder and places),
 * served by springdoc at {@code /v3/api-docs}. The finder reads its query parameters from a map and validates them
 * by hand, so a scan would describe one opaque {@code params} object: this package keeps the search controllers out
 * of springdoc's scan and describes every path, parameter (with the limits in force), response and RFC 9457
 * problem explicitly. It lives in the search service because that also runs without the CMS; with the CMS, both
 * customizers contribute to one document and are written so that their order does not matter.
 */
package de.sozialplattform.search.apidocs;
