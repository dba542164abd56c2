package org.standingoffice.desk.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface RoutingRules extends ListCrudRepository<RoutingRule, Long> {

    List<RoutingRule> findAllByOrderByPriorityAsc();
}
