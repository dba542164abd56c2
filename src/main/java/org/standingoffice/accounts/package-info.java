/**
 * The people who sign in: officials and help-office staff, their roles, password hashes and API
 * tokens.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {})
package org.standingoffice.accounts;
