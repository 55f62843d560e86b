package de.sozialplattform.cms.assets;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Calendar;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Files for upload tests, generated on the spot so no hostile binary lives in the repository: real documents
 * with known content, and the hostile kinds the parser must refuse (zip bombs, nested archives, damaged and
 * mislabelled files).
 */
public final class AssetFixtures {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private AssetFixtures() {
    }

    /** A real PDF with one line of text per page, a title and an author. */
    public static byte[] pdf(String title, String author, String... pageTexts) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            info.setCreationDate(Calendar.getInstance());
            for (String text : pageTexts) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF header followed by garbage: the type is PDF, the content is not. */
    public static byte[] brokenPdf() {
        byte[] garbage = new byte[4096];
        new java.util.Random(42).nextBytes(garbage);
        return concat("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(
                StandardCharsets.ISO_8859_1), garbage);
    }

    /** The first part of a real PDF, cut off mid-stream. */
    public static byte[] truncatedPdf() {
        byte[] whole = pdf("Abgeschnitten", "Test", "Dieser Text geht verloren");
        return Arrays.copyOf(whole, whole.length / 3);
    }

    public static byte[] png(int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><head><title>x</title><script>alert(1)</script></head><body>Hallo</body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A minimal Word document whose body is the given text. */
    public static byte[] docx(String text) {
        return docx(text.getBytes(StandardCharsets.UTF_8), null);
    }

    /**
     * A Word document whose one text run inflates to {@code megabytes} MB of the letter a: a few dozen kilobytes
     * on the wire, far more once read.
     */
    public static byte[] docxZipBomb(int megabytes) {
        byte[] run = new byte[megabytes * 1024 * 1024];
        Arrays.fill(run, (byte) 'a');
        return docx(run, null);
    }

    /**
     * A Word document of {@code megabytes} MB of identical paragraphs: each piece is harmless, the whole expands a
     * thousandfold.
     */
    public static byte[] docxParagraphBomb(int megabytes) {
        byte[] paragraph = ("Schuldnerberatung ".repeat(50) + "</w:t></w:r></w:p><w:p><w:r><w:t>")
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (body.size() < megabytes * 1024 * 1024) {
            body.writeBytes(paragraph);
        }
        return docx(body.toByteArray(), null);
    }

    /** A Word document with a zip embedded in it that holds a zip that holds a zip..., {@code depth} levels deep. */
    public static byte[] docxWithNestedArchives(int depth) {
        return docx("Eingebettet".getBytes(StandardCharsets.UTF_8), nestedZip(depth));
    }

    /** A zip holding a zip holding a zip..., {@code depth} levels deep, with a text file at the bottom. */
    public static byte[] nestedZip(int depth) {
        byte[] inner = zip(new Entry("tief.txt", "ganz unten".getBytes(StandardCharsets.UTF_8)));
        for (int level = 1; level < depth; level++) {
            inner = zip(new Entry("ebene" + level + ".zip", inner));
        }
        return inner;
    }

    private static byte[] docx(byte[] bodyText, byte[] embeddedZip) {
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"zip\" ContentType=\"application/zip\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + DOCX + "\"/></Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
        String documentRels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + (embeddedZip == null ? "" : "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/package\" Target=\"embeddings/archiv.zip\"/>")
                + "</Relationships>";
        byte[] document = concat(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas."
                + "openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8),
                bodyText, "</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        Entry[] entries = {
                new Entry("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8)),
                new Entry("_rels/.rels", rels.getBytes(StandardCharsets.UTF_8)),
                new Entry("word/_rels/document.xml.rels", documentRels.getBytes(StandardCharsets.UTF_8)),
                new Entry("word/document.xml", document),
                new Entry("word/embeddings/archiv.zip", embeddedZip)};
        return zip(Arrays.stream(entries).filter(entry -> entry.bytes() != null).toArray(Entry[]::new));
    }

    /** A multipart/form-data body as a browser form sends it, with its content type (boundary included). */
    public record Multipart(String contentType, byte[] body) {
    }

    public static Multipart multipart(String fileName, byte[] content, java.util.Map<String, String> fields) {
        String boundary = "----sozial" + java.util.UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private record Entry(String name, byte[] bytes) {
    }

    private static byte[] zip(Entry... entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Entry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                zip.write(entry.bytes());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
