package org.standingoffice.resilience;

/** Fifty concurrent clients on the embedded H2 database. */
class H2ConcurrentAskingIntegrationTests extends ConcurrentAskingContract {

    @Override
    String database() {
        return "H2";
    }
}
