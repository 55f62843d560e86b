package de.sozialplattform.cms.review;

import de.sozialplattform.cms.OnPostgres;

/** The review workflow on a real PostgreSQL server. */
class ReviewWorkflowPostgresIT extends ReviewWorkflowContract implements OnPostgres {
}
