package de.sozialplattform.cms.outbox;

/** The outbox contract on the embedded H2 database of the test settings. */
class OutboxH2IT extends OutboxContractTests {
}
