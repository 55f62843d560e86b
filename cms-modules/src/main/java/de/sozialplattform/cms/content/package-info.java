/**
 * The content repository: workspaces of hierarchical nodes whose properties follow the content types of the
 * light modules. {@link de.sozialplattform.cms.content.ContentService} is the API for every change (create,
 * update, move, delete to the trash, publish, unpublish, schedule, versions); it validates against the content
 * type, keeps the audit log and writes an outbox event in the same transaction for every change that affects
 * published content. {@link de.sozialplattform.cms.content.ContentReader} answers reads. Storage is plain JDBC
 * on portable SQL (H2 and PostgreSQL).
 */
package de.sozialplattform.cms.content;
