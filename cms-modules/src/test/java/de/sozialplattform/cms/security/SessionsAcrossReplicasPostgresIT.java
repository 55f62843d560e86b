package de.sozialplattform.cms.security;

import de.sozialplattform.cms.OnPostgres;

/** Two replicas sharing sessions on a real PostgreSQL server. */
class SessionsAcrossReplicasPostgresIT extends SessionsAcrossReplicasContract implements OnPostgres {
}
