package de.sozialplattform.cms.bootstrap;

/**
 * What an import did.
 *
 * @param created nodes created
 * @param updated existing nodes whose properties changed
 * @param unchanged existing nodes that already held the file's values (left alone: no new version)
 * @param published nodes published because the file marks them activated and they were not published as they are
 * @param removed nodes removed for good by {@link ImportMode#REPLACE}
 */
public record ImportSummary(ImportMode mode, int created, int updated, int unchanged, int published, int removed) {

    @Override
    public String toString() {
        return created + " created, " + updated + " updated, " + unchanged + " unchanged, " + published
                + " published, " + removed + " removed";
    }
}
