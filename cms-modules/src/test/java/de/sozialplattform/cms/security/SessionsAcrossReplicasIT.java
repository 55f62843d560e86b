package de.sozialplattform.cms.security;

/** Two replicas sharing sessions on the embedded H2 database (one in-memory database of the test JVM). */
class SessionsAcrossReplicasIT extends SessionsAcrossReplicasContract {
}
