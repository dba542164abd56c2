package org.standingoffice.telegram.internal.asker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.standingoffice.places.AdministrativeUnits;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;

/**
 * Loads the administrative units before the service reports ready when officials register
 * themselves ({@code office.telegram.registration=open}). The units load on first use: the
 * communes and the old-to-new spreadsheet made the first official after every start wait 11–25 s
 * (two busy cores) for "Đã đăng ký", with no sign the bot was alive, where the next one waited
 * 0.2 s. With invitations the bot never reads a place, so nothing is loaded. Off with {@code
 * office.search.warm-up=false}, like the other warm-ups.
 */
@Component
@ConditionalOnTelegram
@ConditionalOnProperty(name = "office.search.warm-up", havingValue = "true", matchIfMissing = true)
class RegistrationWarmUp implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationWarmUp.class);

    private final AdministrativeUnits units;
    private final TelegramProperties properties;

    RegistrationWarmUp(AdministrativeUnits units, TelegramProperties properties) {
        this.units = units;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        warm(properties.registration(), units);
    }

    /** Reads a place as an official would type it, which loads every unit and former name. */
    static void warm(TelegramProperties.Registration registration, AdministrativeUnits units) {
        if (registration != TelegramProperties.Registration.OPEN) {
            return;
        }
        long start = System.nanoTime();
        units.read("phuong ba dinh ha noi");
        LOG.info("Administrative units loaded for registration in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
