/**
 * Office time: the one {@link java.time.Clock} and the office's {@link java.time.ZoneId} every
 * module takes as beans, so tests can move time and the office day is the same everywhere.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Time",
        allowedDependencies = {})
package org.standingoffice.time;
