package de.sozialplattform.cms.review;

/** The review workflow on the embedded H2 database. */
class ReviewWorkflowH2IT extends ReviewWorkflowContract {
}
