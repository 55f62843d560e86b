/**
 * The audit log: who did what to which node, when. Features record entries in the transaction of the change
 * through {@link de.sozialplattform.cms.audit.AuditLog}; administrators browse and filter it over HTTP.
 */
package de.sozialplattform.cms.audit;
