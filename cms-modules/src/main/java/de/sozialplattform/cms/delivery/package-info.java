/**
 * The Delivery API in Magnolia's shape: endpoints defined as light-module YAML
 * ({@code restEndpoints/delivery/*.yaml}, {@code $type: jcrDeliveryEndpoint_v2}) served at
 * {@code /.rest/delivery/{endpoint}/{path}}: published nodes resolved to a language, their children
 * ({@code @nodes}), queries with Magnolia's filters, references resolved as configured, ETags and caching, and
 * previews of working copies with short-lived tokens.
 */
package de.sozialplattform.cms.delivery;
