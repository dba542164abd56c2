/**
 * Vietnam's administrative units after the July 2025 merger (VietMap data): resolving and reading
 * the communes and provinces askers name.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Places", allowedDependencies = "knowledge")
package org.standingoffice.places;
