package org.standingoffice.places.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standingoffice.places.Place;
import org.standingoffice.places.PlaceMatch;

class PlaceReaderTests {

    private static final VietMapUnits units = new VietMapUnits();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Phường Ba Đình, Hà Nội | Phường Ba Đình | Thành phố Hà Nội",
                "Hà Nội, phường Ba Đình | Phường Ba Đình | Thành phố Hà Nội",
                "xa tan lap tinh tay ninh | Xã Tân Lập | Tỉnh Tây Ninh",
                "Ba Đình - HN | Phường Ba Đình | Thành phố Hà Nội",
                "P. Ba Đình Q. Ba Đình Hà Nội | Phường Ba Đình | Thành phố Hà Nội",
                "P.Ba Dinh, TP.Ha Noi | Phường Ba Đình | Thành phố Hà Nội",
                "phuong ba dinh thanh pho ha noi | Phường Ba Đình | Thành phố Hà Nội",
                "Phường Điện Biên, Hà Nội | Phường Ba Đình | Thành phố Hà Nội",
                "x phu ly dong nai | Xã Phú Lý | Thành phố Đồng Nai",
                "xã Tân Lập, Long An | Xã Tân Lập | Tỉnh Tây Ninh",
                "tôi ở xã Tân Lập tỉnh Tây Ninh | Xã Tân Lập | Tỉnh Tây Ninh",
                "xa vinh thanh, huyen nhon trach, dong nai | Xã Phước An | Thành phố Đồng Nai",
                "quận Ba Đình, Hà Nội | Phường Ba Đình | Thành phố Hà Nội",
            })
    void readsCommuneAndProvinceFromOneLineAsPeopleTypeThem(String line, String commune, String province) {
        PlaceMatch match = units.read(line);

        assertThat(match.found()).as(line + " → " + match).isTrue();
        assertThat(match.place().commune()).isEqualTo(commune);
        assertThat(match.place().province()).isEqualTo(province);
    }

    @Test
    void aLineThatIsOnlyThePlaceIsWholeAndOneWithOtherWordsIsNot() {
        assertThat(units.read("P. Ba Đình Q. Ba Đình Hà Nội").wholeLine()).isTrue();
        assertThat(units.read("Phường Ba Đình, Hà Nội?").wholeLine()).isTrue();
        assertThat(units.read("tôi ở xã Tân Lập tỉnh Tây Ninh").wholeLine()).isFalse();
    }

    @Test
    void aNameSharedByProvincesOffersEachOfThem() {
        PlaceMatch match = units.read("ba dinh");

        assertThat(match.found()).isFalse();
        assertThat(match.candidates())
                .extracting(Place::province)
                .containsExactlyInAnyOrder("Thành phố Hà Nội", "Tỉnh Thanh Hóa", "Tỉnh Quảng Ngãi");
    }

    @Test
    void theTypeWordDecidesBetweenAWardAndACommuneOfTheSameName() {
        assertThat(units.read("phuong ba dinh").place().province()).isEqualTo("Thành phố Hà Nội");
    }

    @Test
    void aTypoOffersTheNearestCommunesOfTheProvince() {
        PlaceMatch match = units.read("Phuong Ba Dinhh, Ha Noi");

        assertThat(match.found()).as(match.toString()).isFalse();
        assertThat(match.province()).isEqualTo("Thành phố Hà Nội");
        assertThat(match.candidates()).extracting(Place::commune).contains("Phường Ba Đình");
    }

    @Test
    void aProvinceAloneIsRecognisedWithoutACommune() {
        PlaceMatch match = units.read("Hà Nội");

        assertThat(match.found()).isFalse();
        assertThat(match.province()).isEqualTo("Thành phố Hà Nội");
        assertThat(match.candidates()).isEmpty();
    }

    @Test
    void aQuestionIsNotAPlace() {
        for (String question : new String[] {
            "Until when will the Standing Offices keep operating?",
            "Văn phòng thường trực hoạt động đến khi nào?",
            "van phong thuong truc hoat dong den khi nao",
            "Hur länge ska de ständiga kontoren vara verksamma?"
        }) {
            PlaceMatch match = units.read(question);
            assertThat(match.found() && match.wholeLine())
                    .as(question + " → " + match)
                    .isFalse();
        }
    }

    @Test
    void editDistanceCountsATranspositionAsOneEdit() {
        assertThat(PlaceReader.distance("badinh", "abdinh", 2)).isEqualTo(1);
        assertThat(PlaceReader.distance("badinh", "badinhh", 2)).isEqualTo(1);
        assertThat(PlaceReader.distance("badinh", "tanlap", 2)).isEqualTo(3);
    }
}
