package org.standingoffice.telegram.internal.asker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Until when will the Standing Offices keep operating?",
                "van phong thuong truc hoat dong den khi nao",
                "Cho hỏi thời hạn báo cáo hằng tháng",
                "När ska månadsrapporten lämnas in",
                "Đề nghị hướng dẫn việc bố trí cán bộ không chuyên trách cấp xã sau sắp xếp đơn vị hành chính",
                "first line\nsecond line",
                "Phường Ba Đình?"
            })
    void questionsLookLikeQuestions(String line) {
        assertThat(Registration.looksLikeQuestion(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Phường Ba Đình, Hà Nội",
                "xa tan lap tinh tay ninh",
                "Ba Đình - HN",
                "P. Ba Đình Q. Ba Đình Hà Nội",
                "Hà Nội",
                "ai",
                "tôi ở xã Tân Lập tỉnh Tây Ninh"
            })
    void placesDoNotLookLikeQuestions(String line) {
        assertThat(Registration.looksLikeQuestion(line)).isFalse();
    }
}
