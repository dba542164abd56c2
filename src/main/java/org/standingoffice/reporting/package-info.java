/**
 * What managers look at: the unresolved-question log, the dashboard figures, the monthly report
 * and their CSV exports, computed from the desk's read-only statistics.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reporting",
        allowedDependencies = {"desk", "knowledge"})
package org.standingoffice.reporting;
