package de.sozialplattform.cms.access;

import de.sozialplattform.cms.content.Node;

/**
 * Which advice-centre nodes belong to a maintainer: the {@code organisation} nodes they are bound to, and the
 * {@code location} nodes below {@code /standorte} whose {@code organisation} property references one of those.
 * Both are decided on the stored working copy, so a request cannot claim ownership by what it sends.
 */
final class Ownership {

    static final String WORKSPACE = "adviceCentres";
    static final String ORGANISATION = "organisation";
    static final String LOCATION = "location";
    static final String LOCATIONS = "/standorte";

    private Ownership() {
    }

    static boolean owns(Caller caller, Node node) {
        if (!WORKSPACE.equals(node.workspace())) {
            return false;
        }
        if (ORGANISATION.equals(node.nodeType())) {
            return caller.organisations().contains(node.id().toString());
        }
        return isLocation(node) && node.path().startsWith(LOCATIONS + "/")
                && node.properties().get(ORGANISATION) instanceof String organisation
                && caller.organisations().contains(organisation);
    }

    static boolean isLocation(Node node) {
        return LOCATION.equals(node.nodeType());
    }

    /** {@code /standorte/<land>}: where maintainers create locations. */
    static boolean isLocationFolder(String path) {
        return path.startsWith(LOCATIONS + "/") && path.indexOf('/', LOCATIONS.length() + 1) < 0;
    }
}
