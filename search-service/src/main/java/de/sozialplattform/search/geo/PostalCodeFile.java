package de.sozialplattform.search.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a GeoNames postal-code file in either shape, detected by content: GeoNames' own {@code DE.txt} (TAB
 * separated, no header) or the CSV conversion with the header {@code country_code,zipcode,place,…}. Both have the
 * same column order; the CSV header is honoured anyway in case a converter reorders columns.
 */
final class PostalCodeFile {

    /** One locality row. {@code community} is the Kreis (GeoNames admin name3), not the Gemeinde. */
    record Row(String postalCode, String name, String state, String community, String communityCode,
               double lat, double lon) {
    }

    /** Rows read and rows skipped (malformed, or a GeoNames "large recipient" organisation entry). */
    record Content(List<Row> rows, int skipped) {
    }

    private static final String[] COLUMNS = {"country_code", "zipcode", "place", "state", "state_code", "province",
        "province_code", "community", "community_code", "latitude", "longitude"};
    private static final int POSTAL_CODE = 1;
    private static final int PLACE = 2;
    private static final int STATE = 3;
    private static final int STATE_CODE = 4;
    private static final int COMMUNITY = 7;
    private static final int COMMUNITY_CODE = 8;
    private static final int LATITUDE = 9;
    private static final int LONGITUDE = 10;

    private PostalCodeFile() {
    }

    static Content read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Row> rows = new ArrayList<>(20_000);
            List<Row> largeRecipients = new ArrayList<>();
            int skipped = 0;
            int[] columns = null;
            boolean tabs = false;
            String line;
            while ((line = reader.readLine()) != null) {
                if (columns == null) {
                    line = line.replace("\uFEFF", "");
                    if (line.isBlank()) {
                        continue;
                    }
                    tabs = line.indexOf('\t') >= 0;
                    List<String> first = split(line, tabs);
                    columns = columnsOf(first);
                    if (!first.get(0).toLowerCase(Locale.ROOT).startsWith("country")) {
                        skipped += add(rows, largeRecipients, first, columns) ? 0 : 1;
                    }
                    continue;
                }
                if (!line.isBlank()) {
                    skipped += add(rows, largeRecipients, split(line, tabs), columns) ? 0 : 1;
                }
            }
            if (rows.isEmpty()) {
                // should GeoNames ever switch all rows to numeric admin codes, keep geocoding rather than lose it
                return new Content(List.copyOf(largeRecipients), skipped);
            }
            return new Content(List.copyOf(rows), skipped + largeRecipients.size());
        }
    }

    /** Column positions: from a header row when there is one, else GeoNames' fixed order. */
    private static int[] columnsOf(List<String> firstRow) {
        int[] positions = new int[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            int found = indexOf(firstRow, COLUMNS[i]);
            positions[i] = found >= 0 ? found : i;
        }
        return positions;
    }

    private static int indexOf(List<String> header, String column) {
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (name.equals(column)) {
                return i;
            }
        }
        return -1;
    }

    /** Adds a valid row to {@code rows}, or to {@code largeRecipients}; false when the row is malformed. */
    private static boolean add(List<Row> rows, List<Row> largeRecipients, List<String> fields, int[] columns) {
        String postalCode = field(fields, columns[POSTAL_CODE]);
        String name = field(fields, columns[PLACE]);
        if (!digits(postalCode, 5, 5) || name.isEmpty()) {
            return false;
        }
        try {
            double lat = Double.parseDouble(field(fields, columns[LATITUDE]));
            double lon = Double.parseDouble(field(fields, columns[LONGITUDE]));
            if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) { // also rejects NaN
                return false;
            }
            // GeoNames 2026 added organisation PLZ ("Deutsche Telekom AG") with numeric admin codes: not places
            boolean largeRecipient = digits(field(fields, columns[STATE_CODE]), 1, Integer.MAX_VALUE);
            (largeRecipient ? largeRecipients : rows).add(new Row(postalCode, name, field(fields, columns[STATE]),
                    field(fields, columns[COMMUNITY]), field(fields, columns[COMMUNITY_CODE]), lat, lon));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean digits(String text, int min, int max) {
        if (text.length() < min || text.length() > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String field(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index).strip() : "";
    }

    /** TAB: plain split (GeoNames never quotes). CSV: RFC 4180 quotes with doubled quote as escape. */
    static List<String> split(String line, boolean tabs) {
        List<String> fields = new ArrayList<>(12);
        if (tabs) {
            int start = 0;
            for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', start)) {
                fields.add(line.substring(start, tab));
                start = tab + 1;
            }
            fields.add(line.substring(start));
            return fields;
        }
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
