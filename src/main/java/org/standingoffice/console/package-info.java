/**
 * The REST API (and later the web console) for officials, staff, managers and admins, and its
 * security: accounts sign in with a password or an API token.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console", allowedDependencies = "desk")
package org.standingoffice.console;
