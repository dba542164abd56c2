package org.standingoffice.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class TimesTests {

    final Times times =
            new Times(LabelsTests.messages(), java.time.Clock.systemUTC(), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aDurationIsInMinutesBelowAnHourHoursBelowTwoDaysAndDaysAfter() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));

        assertThat(times.duration(0.004)).isEqualTo("0 phút");
        assertThat(times.duration(0.75)).isEqualTo("45 phút");
        assertThat(times.duration(0.999)).isEqualTo("60 phút");
        assertThat(times.duration(1)).isEqualTo("1 giờ");
        assertThat(times.duration(3.46)).isEqualTo("3,5 giờ");
        assertThat(times.duration(13.6)).isEqualTo("14 giờ");
        assertThat(times.duration(47.9)).isEqualTo("48 giờ");
        assertThat(times.duration(48)).isEqualTo("2 ngày");
        assertThat(times.duration(100)).isEqualTo("4,2 ngày");
    }

    @Test
    void speaksTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(times.duration(0.5)).isEqualTo("30 min");
        assertThat(times.duration(3.46)).isEqualTo("3.5 h");
        assertThat(times.percent(0.125)).isEqualTo("13 %");
    }
}
