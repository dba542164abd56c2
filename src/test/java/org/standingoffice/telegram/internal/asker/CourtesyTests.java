package org.standingoffice.telegram.internal.asker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CourtesyTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Dạ cảm ơn ạ",
                "dạ em cảm ơn anh chị nhiều ạ",
                "cam on ad nhe",
                "ok a",
                "Ok ạ, em rõ rồi",
                "vâng ạ",
                "Thanks!",
                "thank you very much",
                "Tack så mycket",
                "cảm ơn cảm ơn ạ"
            })
    void thanksAndAgreementAreCourtesy(String message) {
        assertThat(Courtesy.only(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cảm ơn, cho em hỏi thêm VPTT hoạt động đến khi nào",
                "ok em hỏi xã có được tuyển thêm công chức ko",
                "Văn phòng thường trực hoạt động đến bao giờ?",
                "anh chị ơi",
                "a",
                "???",
                "What is the deadline for the monthly report of the commune?",
                "bao gio het han nop bao cao thang?",
                "cam on cam on cam on cam on cam on cam on"
            })
    void anythingElseIsNot(String message) {
        assertThat(Courtesy.only(message)).isFalse();
    }
}
