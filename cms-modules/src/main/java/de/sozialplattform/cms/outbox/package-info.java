/**
 * The one outbox for everything that must not be lost. {@link de.sozialplattform.cms.outbox.Outbox#append}
 * records an event in the caller's transaction, one record per {@link de.sozialplattform.cms.outbox.OutboxConsumer}
 * subscribed to its topic; workers on every replica claim due records with a lease, deliver them at least once
 * (consumers are idempotent and get a stable {@link de.sozialplattform.cms.outbox.OutboxMessage#id()}), retry with
 * exponential backoff and finally park them as dead letters that an administrator can retry.
 */
package de.sozialplattform.cms.outbox;
