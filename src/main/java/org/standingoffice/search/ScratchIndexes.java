package org.standingoffice.search;

/** Opens {@link ScratchIndex}es with the service's search settings. */
public interface ScratchIndexes {

    /** A new, empty index in a fresh folder under the data directory, never the service's own. */
    ScratchIndex open();
}
