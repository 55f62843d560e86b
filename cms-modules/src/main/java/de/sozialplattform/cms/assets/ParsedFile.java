package de.sozialplattform.cms.assets;

/**
 * What an accepted file turned out to be.
 *
 * @param mediaType the media type detected from the bytes, e.g. {@code application/pdf}
 * @param text the extracted text (never more than {@code sozial.assets.max-text-characters})
 * @param title the document's own title, or null
 * @param author the document's author, or null
 * @param pages number of pages for paged formats, or null
 * @param language the language the document declares, or null
 */
record ParsedFile(String mediaType, String text, String title, String author, Integer pages, String language) {

    boolean image() {
        return mediaType.startsWith("image/");
    }
}
