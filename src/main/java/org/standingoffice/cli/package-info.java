/**
 * The command line: {@code ask}, {@code reindex}, {@code deadlines}, {@code eval} and
 * {@code calibrate}, run without a web server, printing results on standard output and logs on
 * standard error.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.standingoffice.cli;
