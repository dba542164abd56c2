package org.standingoffice.desk.internal;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface Offices extends ListCrudRepository<Office, String> {

    Optional<Office> findFirstByDefaultOfficeTrue();
}
