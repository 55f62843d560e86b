package de.sozialplattform.cms.delivery;

import de.sozialplattform.cms.OnPostgres;

/** The Delivery API on a real PostgreSQL server. */
class DeliveryApiPostgresIT extends DeliveryApiContract implements OnPostgres {
}
