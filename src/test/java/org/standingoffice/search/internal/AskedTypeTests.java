package org.standingoffice.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standingoffice.search.AnswerType;

class AskedTypeTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Văn phòng thường trực hoạt động đến khi nào?|DATE",
                "van phong thuong truc hoat dong den bao gio|DATE",
                "Hạn chót nộp báo cáo là ngày nào?|DATE",
                "Báo cáo gửi Ban Tổ chức Trung ương chậm nhất ngày nào trong tháng?|DATE",
                "Phải nộp hồ sơ trước ngày 25 phải không|DATE",
                "Until when will the Standing Offices keep operating?|DATE",
                "What is the deadline for the review?|DATE",
                "När ska rapporten lämnas?|DATE",
                "Ai chịu trách nhiệm rà soát văn bản?|BODY",
                "co quan nao huong dan quan ly tai san|BODY",
                "Bộ nào ban hành hướng dẫn?|BODY",
                "Who has to issue guidance on financial management?|BODY",
                "Vilket organ ansvarar för översynen?|BODY",
                "Có bao nhiêu xã sau sáp nhập?|NUMBER",
                "bao nhieu tinh sau sap nhap|NUMBER",
                "How many communes are there now?|NUMBER",
                "Hur många kommuner finns det?|NUMBER",
                "Xã có được giữ lại trụ sở cũ không?|PERMISSION",
                "xa co duoc giu lai tru so cu khong|PERMISSION",
                "May a commune keep its old headquarters?|PERMISSION",
                "Is it allowed to merge two offices?|PERMISSION",
                "Får kommunen behålla sitt gamla kontor?|PERMISSION",
                "Thời gian làm việc bao nhiêu lâu?|DATE",
                "How much is the monthly allowance for part-time staff?|AMOUNT",
                "nghi viec thi duoc bao nhieu tien tro cap|AMOUNT",
                "Mức phụ cấp chức vụ là bao nhiêu?|AMOUNT",
                "At what age do commune cadres retire?|AGE",
                "Cán bộ xã nghỉ hưu ở tuổi bao nhiêu?|AGE",
                "What are the opening hours of the Standing Office?|TIME",
                "vptt lam viec tu may gio|TIME",
                "Vilka är öppettiderna?|OTHER",
                "Văn phòng thường trực có nhiệm vụ gì?|OTHER",
                "On what date did the Politburo meet to adopt Conclusion 183?|DAY",
                "What day was the 412 notice put out?|DAY",
                "By what date must the drafts be issued?|DATE",
                "Until which day do the key tasks run?|DATE",
                "Thông báo 412 ban hành ngày nào?|DAY",
                "Quốc hội thông qua vào ngày nào?|DAY",
                "Báo cáo gửi chậm nhất là ngày mấy mỗi tháng?|DAY",
                "dai hoi dang bo cap xa phai xong truoc ngay nao|DATE",
                "Vilket datum har planen?|DAY",
                "What does the Standing Office do?|OTHER",
                "Các cuộc họp hằng tháng được tổ chức ở đâu?|PLACE",
                "hop o dau|PLACE",
                "Where are the Politburo's monthly review meetings held?|PLACE",
                "Where did the news about the May conclusions come from, which broadcaster?|OTHER",
                "Var hålls mötena?|PLACE",
                "Vad var syftet med planen?|OTHER",
                "co cau ngan sach co doi moi ko, han bao nhieu|DATE",
                "Được gia hạn bao nhiêu lần?|NUMBER",
                "BCT hop dinh ky may lan 1 thang|DATE",
                "Bộ Chính trị họp bao lâu một lần?|DATE"
            })
    void readsTheAnswerTypeFromTheQuestionWords(String question, AnswerType expected) {
        assertThat(AskedType.of(question)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "How many computers must a commune service centre have?|en|computers",
                "How many civil servants may a commune employ?|en|civil",
                "Hur många dagar varar kursen?|sv|dagar",
                "Trung tâm phải có tối thiểu bao nhiêu máy tính?|vi|máy",
                "lop boi duong hoc may ngay a|vi|ngay",
                "lớp bồi dưỡng học mấy ngày ạ|vi|ngày",
                "hồ sơ đất đai phải lưu trữ bao nhiêu năm|vi|năm",
                "How many times a month does the Politburo meet?|en|",
                "BCT họp mấy lần một tháng?|vi|",
                "Report số mấy của Ban Tổ chức Trung ương?|vi|",
                "Mức phụ cấp là bao nhiêu?|vi|",
                "What does the Standing Office do?|en|",
                "How many staff may a commune employ?|vi|"
            })
    void readsWhatAHowManyQuestionCounts(String question, String language, String counted) {
        assertThat(AskedType.counted(question, language))
                .containsExactlyElementsOf(counted == null ? List.of() : List.of(counted));
    }
}
