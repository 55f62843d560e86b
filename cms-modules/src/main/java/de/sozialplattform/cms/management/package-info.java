/**
 * The management API in the shape of Magnolia's nodes endpoint: {@code /.rest/nodes/v1/{workspace}/{path}} to
 * read (GET), create below (PUT), update (POST) and delete (DELETE) nodes, with actions addressed as
 * {@code {path}@action} (publish, unpublish, move, versions, restore, list), and {@code /.rest/trash/v1} for the
 * trash. Writes need {@code If-Match} with the node's ETag.
 */
package de.sozialplattform.cms.management;
