/**
 * Sign-in to the editorial and self-service web and to the APIs: the sign-in page, the OpenID Connect sign-in
 * (configured by {@code sozial.security.oidc.*}, identities mapped to our accounts), the login throttle of local
 * accounts (form and HTTP Basic, counted in the database), and the audit of sign-ins and sign-outs.
 * {@link de.sozialplattform.cms.signin.EditorialSignIn} is what the security chains apply; who may do what once
 * signed in is decided in {@code access}. See docs/security.md.
 */
package de.sozialplattform.cms.signin;
