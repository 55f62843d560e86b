package de.sozialplattform.cms.review;

/** Addresses of the review pages in the editorial web; mails link to them. */
final class ReviewPaths {

    /** The reviewers' queue. */
    static final String QUEUE = "/redaktion/pruefung";
    /** A maintainer's own submissions ("Meine Einreichungen"). */
    static final String MINE = QUEUE + "/meine";
    /** Locations due to be confirmed or updated. */
    static final String OVERDUE = QUEUE + "/faellig";

    private ReviewPaths() {
    }

    static String request(long id) {
        return QUEUE + "/" + id;
    }
}
