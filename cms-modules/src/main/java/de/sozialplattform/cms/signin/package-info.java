/**
 * Sign-in to the editorial and self-service web: the sign-in page and the addresses the security configuration
 * protects. Who may do what once signed in is decided in {@code access}.
 */
package de.sozialplattform.cms.signin;
