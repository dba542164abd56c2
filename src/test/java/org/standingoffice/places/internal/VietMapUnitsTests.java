package org.standingoffice.places.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.standingoffice.places.Place;
import org.standingoffice.places.UnknownPlace;

class VietMapUnitsTests {

    /**
     * One instance for the class: its first resolution reads the communes and the old-to-new
     * spreadsheet (about 70 MB, seconds), which a new instance per test did five times over. The
     * index is read-only once loaded, so sharing it changes nothing the tests see.
     */
    private static final VietMapUnits units = new VietMapUnits();

    @Test
    void recognisesTheProvincesInAnySpellingWithoutLoadingTheCommunes() {
        VietMapUnits fresh = new VietMapUnits();

        assertThat(fresh.isProvince("Da Nang")).isTrue();
        assertThat(fresh.isProvince("Hanoi")).isTrue();
        assertThat(fresh.isProvince("Thành phố Hồ Chí Minh")).isTrue();
        assertThat(fresh.isProvince("HCM")).isTrue();
        assertThat(fresh.isProvince("Ban Tổ chức")).isFalse();
        assertThat(fresh.isProvince("Ba Đình")).as("a commune, not a province").isFalse();
    }

    @Test
    void thereAreThirtyFourProvinces() {
        assertThat(units.provinces()).hasSize(34).contains("Thành phố Hà Nội", "Thành phố Đồng Nai", "Tỉnh Lâm Đồng");
    }

    @Test
    void aCurrentCommuneResolvesWithOrWithoutDiacriticsAndTypeWords() {
        Place place = units.resolve("phuong ba dinh", "TP Ha Noi");

        assertThat(place.commune()).isEqualTo("Phường Ba Đình");
        assertThat(place.province()).isEqualTo("Thành phố Hà Nội");
        assertThat(place.formerName()).isNull();
        assertThat(units.resolve("Ba Đình", "Hà Nội")).isEqualTo(place);
    }

    @Test
    void aPreMergerNameResolvesToItsSuccessor() {
        Place place = units.resolve("Phường Điện Biên", "Hà Nội");

        assertThat(place.commune()).isEqualTo("Phường Ba Đình");
        assertThat(place.formerName()).isEqualTo("Phường Điện Biên");
    }

    @Test
    void aPreMergerCommuneSplitBetweenSeveralNamesTheCandidates() {
        assertThatThrownBy(() -> units.resolve("Phường Đội Cấn", "Hà Nội"))
                .isInstanceOf(UnknownPlace.class)
                .hasMessageContaining("Phường Ba Đình")
                .hasMessageContaining("Phường Ngọc Hà");
    }

    @Test
    void unknownPlacesAreRefusedWithCandidates() {
        assertThatThrownBy(() -> units.resolve("Ba Đình", "Ha Tay"))
                .isInstanceOf(UnknownPlace.class)
                .hasMessageContaining("34 provinces");
        assertThatThrownBy(() -> units.resolve("Phường Ba Dinhh", "Hà Nội"))
                .isInstanceOf(UnknownPlace.class)
                .satisfies(e -> assertThat(((UnknownPlace) e).candidates()).contains("Phường Ba Đình"));
    }
}
