package org.standingoffice.telegram.internal.asker;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standingoffice.places.AdministrativeUnits;
import org.standingoffice.telegram.TelegramProperties;

class RegistrationWarmUpTests {

    private final List<String> calls = new ArrayList<>();

    /** Records which methods were called; none of their answers is used. */
    private final AdministrativeUnits units = (AdministrativeUnits) Proxy.newProxyInstance(
            AdministrativeUnits.class.getClassLoader(),
            new Class<?>[] {AdministrativeUnits.class},
            (proxy, method, args) -> {
                calls.add(method.getName());
                return null;
            });

    @Test
    void openRegistrationLoadsTheUnitsBeforeTheFirstOfficialRegisters() {
        RegistrationWarmUp.warm(TelegramProperties.Registration.OPEN, units);

        assertThat(calls).containsExactly("read");
    }

    @Test
    void invitationsReadNoPlaceSoNothingIsLoaded() {
        RegistrationWarmUp.warm(TelegramProperties.Registration.INVITE, units);

        assertThat(calls).isEmpty();
    }
}
