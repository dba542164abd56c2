/**
 * The REST API and the web console for officials, staff, managers and admins, and its
 * security: accounts sign in with a password or an API token.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Console",
        allowedDependencies = {
            "desk",
            "accounts",
            "places",
            "time",
            "reporting",
            "search",
            "drafting",
            "knowledge",
            "telegram"
        })
package org.standingoffice.console;
