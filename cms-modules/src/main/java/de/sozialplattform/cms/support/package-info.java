/** Small helpers shared by the CMS features (SQL time handling, clock). */
package de.sozialplattform.cms.support;
