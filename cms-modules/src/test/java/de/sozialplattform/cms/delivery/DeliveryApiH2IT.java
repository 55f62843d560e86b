package de.sozialplattform.cms.delivery;

/** The Delivery API on the embedded H2 database. */
class DeliveryApiH2IT extends DeliveryApiContract {
}
