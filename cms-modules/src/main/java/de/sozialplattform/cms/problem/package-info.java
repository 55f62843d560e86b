/**
 * Errors as RFC 9457 problem details: the exceptions features throw for the client's mistakes, and the one
 * advice that turns them (and Spring's own) into {@code application/problem+json} with a stable {@code type}
 * and the offending field named. Nothing a client sends ends as a 500.
 */
package de.sozialplattform.cms.problem;
