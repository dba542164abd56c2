package org.standingoffice.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;

class AnswerTypeTests {

    @Test
    void datesMonthsAndPeriodsCarryADate() {
        assertThat(AnswerType.DATE.carriedBy("The Standing Offices operate from now until October 2025."))
                .isTrue();
        assertThat(AnswerType.DATE.carriedBy("Localities report by the 25th of each month."))
                .isTrue();
        assertThat(AnswerType.DATE.carriedBy("The committee reviews it quarterly."))
                .isTrue();
        assertThat(AnswerType.DATE.carriedBy("Ký ngày 1.8.2025.")).isTrue();
        assertThat(AnswerType.DATE.carriedBy("báo cáo hằng tháng")).isTrue();
        assertThat(AnswerType.DATE.carriedBy("bao cao hang thang")).isTrue();
        assertThat(AnswerType.DATE.carriedBy("Rapportera senast varje månad.")).isTrue();
        // How often: a frequency answers it.
        assertThat(AnswerType.DATE.carriedBy("The Politburo will meet once a month to discuss it."))
                .isTrue();
        assertThat(AnswerType.DATE.carriedBy("They meet twice a year.")).isTrue();
        assertThat(AnswerType.DATE.carriedBy("họp mỗi tháng một lần")).isTrue();
        assertThat(AnswerType.DATE.carriedBy("Politbyrån sammanträder en gång i månaden."))
                .isTrue();
        // "May" is a date only with a day: "may" alone is the verb.
        assertThat(AnswerType.DATE.carriedBy("Specifically, on May 16, the Politburo met."))
                .isTrue();
        assertThat(AnswerType.DATE.carriedBy("On May 1 the offices opened.")).isTrue();
        assertThat(AnswerType.DATE.carriedBy("Localities may act.")).isFalse();
    }

    @Test
    void aPlaceOrPremisesCarriesAPlaceAndAMonthOrADocumentDoesNot() {
        assertThat(AnswerType.PLACE.carriedBy("The conference was held in Hanoi."))
                .isTrue();
        assertThat(AnswerType.PLACE.carriedBy("Cuộc họp tổ chức tại trụ sở Ủy ban."))
                .isTrue();
        assertThat(AnswerType.PLACE.carriedBy("họp tại Hà Nội")).isTrue();
        assertThat(AnswerType.PLACE.carriedBy("The venue is decided by the province."))
                .isTrue();
        assertThat(AnswerType.PLACE.carriedBy("The Politburo will meet once a month to discuss it."))
                .isFalse();
        assertThat(AnswerType.PLACE.carriedBy("The offices operate until the end of October."))
                .isFalse();
        assertThat(AnswerType.PLACE.carriedBy("as set out in Conclusion 183 and in Article 5"))
                .isFalse();
        assertThat(AnswerType.PLACE.carriedBy("quy định tại Điều 5")).isFalse();
    }

    @Test
    void aDayOfAMonthCarriesADayAndAMonthOrAYearDoesNot() {
        assertThat(AnswerType.DAY.carriedBy("At the meeting on August 1, 2025, the Politburo concluded."))
                .isTrue();
        assertThat(AnswerType.DAY.carriedBy("Reports are due no later than the 25th of each month."))
                .isTrue();
        assertThat(AnswerType.DAY.carriedBy("Kết luận ngày 16/5/2025 của Bộ Chính trị"))
                .isTrue();
        assertThat(AnswerType.DAY.carriedBy("hoàn thành trước ngày 25 hằng tháng"))
                .isTrue();
        assertThat(AnswerType.DAY.carriedBy("Planen daterad den 19 juni 2025.")).isTrue();
        assertThat(AnswerType.DAY.carriedBy("The Standing Offices operate until October 2025."))
                .isFalse();
        assertThat(AnswerType.DAY.carriedBy("hoạt động đến tháng 10/2025")).isFalse();
        assertThat(AnswerType.DAY.carriedBy("Implement Conclusion No. 183-KL/TW strictly."))
                .isFalse();
    }

    @Test
    void aDocumentNumberIsNoDate() {
        assertThat(AnswerType.DATE.carriedBy("Implement Conclusion No. 183-KL/TW strictly."))
                .isFalse();
        assertThat(AnswerType.DATE.carriedBy("Ministries review the legal documents."))
                .isFalse();
    }

    @Test
    void capitalisedBodiesCarryABody() {
        assertThat(AnswerType.BODY.carriedBy("The Ministry of Home Affairs guides the localities."))
                .isTrue();
        assertThat(AnswerType.BODY.carriedBy("assigned to the Government Party Committee"))
                .isTrue();
        assertThat(AnswerType.BODY.carriedBy("Bộ Nội vụ hướng dẫn thực hiện.")).isTrue();
        assertThat(AnswerType.BODY.carriedBy("the deadline is near and the work is hard"))
                .isFalse();
    }

    @Test
    void glossaryInstitutionsCarryABodyInAnySpelling() {
        Glossary glossary = new Glossary(
                List.of(new GlossaryTerm("institutions", Map.of("vi", List.of("văn phòng thường trực")))),
                Map.of(),
                Map.of("institutions", Map.of("en", "Institutions")));

        assertThat(AnswerType.BODY.carriedBy("gửi van phong thuong truc", glossary))
                .isTrue();
        assertThat(AnswerType.BODY.carriedBy("gửi van phong thuong truc")).isFalse();
    }

    @Test
    void digitsAndNumberWordsCarryANumber() {
        assertThat(AnswerType.NUMBER.carriedBy("There are 3,321 communes.")).isTrue();
        assertThat(AnswerType.NUMBER.carriedBy("two levels of government")).isTrue();
        assertThat(AnswerType.NUMBER.carriedBy("Conclusion 183-KL/TW")).isFalse();
    }

    @Test
    void sumsAgesAndTimesOfDayAreNumbersOfTheirOwnKind() {
        assertThat(AnswerType.AMOUNT.carriedBy("an allowance of 1.5 million dong a month"))
                .isTrue();
        assertThat(AnswerType.AMOUNT.carriedBy("bằng 2,34 lần mức lương cơ sở")).isTrue();
        assertThat(AnswerType.AMOUNT.carriedBy("20% of the salary")).isTrue();
        assertThat(AnswerType.AMOUNT.carriedBy("worked for 15 years or more")).isFalse();
        assertThat(AnswerType.AGE.carriedBy("men retire at 62 years old")).isTrue();
        assertThat(AnswerType.AGE.carriedBy("đủ 60 tuổi")).isTrue();
        assertThat(AnswerType.AGE.carriedBy("have reached retirement age")).isFalse();
        assertThat(AnswerType.TIME.carriedBy("open from 7:30 to 17:00")).isTrue();
        assertThat(AnswerType.TIME.carriedBy("làm việc từ 7h30")).isTrue();
        assertThat(AnswerType.TIME.carriedBy("operate from now until October 2025"))
                .isFalse();
    }

    @Test
    void permissionAndOtherNeedNothingInParticular() {
        assertThat(AnswerType.PERMISSION.carriedBy("Anything.")).isTrue();
        assertThat(AnswerType.OTHER.carriedBy("Anything.")).isTrue();
        assertThat(AnswerType.OTHER.carriedBy(" ")).isFalse();
    }
}
