/**
 * The question (ticket) lifecycle: receiving, drafting, routing to offices, claiming, approval,
 * escalation, SLA, the append-only audit trail and the numbered answer register.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Desk",
        allowedDependencies = {"accounts", "places", "time", "drafting", "search", "knowledge"})
package org.standingoffice.desk;
