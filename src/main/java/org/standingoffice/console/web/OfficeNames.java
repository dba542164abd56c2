package org.standingoffice.console.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.standingoffice.desk.OfficeDirectory;
import org.standingoffice.desk.OfficeSettings;

/**
 * Offices as people know them: by name ("Văn phòng Thường trực tỉnh Đồng Nai"), where the desk
 * stores an id ("dong-nai"). An id without an office, one since removed, shows as itself.
 */
@Component
class OfficeNames {

    private final OfficeDirectory offices;

    OfficeNames(OfficeDirectory offices) {
        this.offices = offices;
    }

    /** Every office's name by id, read afresh (a handful of rows) so an edit shows at once. */
    Map<String, String> byId() {
        Map<String, String> names = new HashMap<>();
        for (OfficeSettings office : offices.offices()) {
            names.put(office.id(), office.name());
        }
        return names;
    }
}
