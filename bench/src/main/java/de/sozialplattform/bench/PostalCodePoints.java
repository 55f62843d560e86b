package de.sozialplattform.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the GeoNames postal-code file the application's gazetteer reads ({@code sozial.geo.plz-file}), so
 * generated locations stand on real PLZ points and radius searches around real PLZ find them. Reads both shapes the
 * gazetteer reads: GeoNames' {@code DE.txt} (TAB, no header) and the CSV conversion with a header; GeoNames' column
 * order in both (the bench does not need the gazetteer's header tolerance).
 */
final class PostalCodePoints {

    /** One row: a PLZ, a place it covers and the point GeoNames gives for the pair. */
    record Point(String postalCode, String place, double lat, double lon) {
    }

    private static final int POSTAL_CODE = 1;
    private static final int PLACE = 2;
    private static final int LATITUDE = 9;
    private static final int LONGITUDE = 10;

    private final List<Point> points;

    private PostalCodePoints(List<Point> points) {
        this.points = List.copyOf(points);
    }

    static PostalCodePoints read(Path file) throws IOException {
        List<Point> points = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.indexOf('\t') >= 0 ? line.split("\t", -1) : csvFields(line);
            if (fields.length <= LONGITUDE || !fields[POSTAL_CODE].matches("\\d{5}") || fields[PLACE].isBlank()) {
                continue; // header, blank or malformed line
            }
            try {
                points.add(new Point(fields[POSTAL_CODE], fields[PLACE].strip(), Double.parseDouble(fields[LATITUDE]),
                        Double.parseDouble(fields[LONGITUDE])));
            } catch (NumberFormatException e) {
                // a row without coordinates: the gazetteer skips it too
            }
        }
        if (points.isEmpty()) {
            throw new IOException("no postal-code rows in " + file);
        }
        return new PostalCodePoints(points);
    }

    /** The fields of a CSV line; a field in double quotes may hold commas (and "" for a quote). */
    private static String[] csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }

    /** All rows, in file order. */
    List<Point> points() {
        return points;
    }

    /** Each PLZ once, in file order. */
    List<String> postalCodes() {
        return points.stream().map(Point::postalCode).distinct().toList();
    }

    /** Place names by how many rows (PLZ) they have, most first: big cities have many. */
    List<String> placesByRows() {
        Map<String, Integer> rows = new LinkedHashMap<>();
        points.forEach(point -> rows.merge(point.place(), 1, Integer::sum));
        return rows.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }
}
