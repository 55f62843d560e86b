/**
 * Accounts of advice centres and their staff: invitations (an editor, an administrator or a centre's own maintainer
 * invites by e-mail; the invitee chooses user name and password and confirms the data-processing agreement), the
 * agreement itself ({@code agreements/av-vertrag.yaml} in the light modules) with the gate that sends maintainers to
 * confirm a new version, off-boarding of an organisation, and password reset by e-mail for local accounts. Links in
 * mails carry random tokens of which only hashes are stored. Public pages ({@code /einladung}, {@code
 * /passwort-vergessen}, {@code /passwort-neu}) have their own security filter chain here; the pages below
 * {@code /redaktion} use the editorial session chain of {@code security}.
 */
package de.sozialplattform.cms.accounts;
