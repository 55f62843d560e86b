/**
 * Assets: uploaded documents and images. Every file is untrusted and read by Apache Tika in a pooled child JVM
 * ({@link org.apache.tika.fork.ForkParser}) with a heap cap, a timeout and limits on size, text and nesting; the
 * media type comes from the bytes and must be on an allow-list. An upload creates the {@code asset} node, its bytes
 * and its extracted text in one transaction (tables {@code asset_blob}, {@code asset_text}); published assets are
 * downloaded at {@code /dam/{id}/{fileName}}. {@link de.sozialplattform.cms.assets.AttachmentTexts} gives the search
 * indexer the text of a location's published attachments. See {@code docs/assets.md}.
 */
package de.sozialplattform.cms.assets;
