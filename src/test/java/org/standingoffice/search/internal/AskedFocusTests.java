package org.standingoffice.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AskedFocusTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "What is the penalty for a locality that sends its monthly report after the 25th?|en|penalty",
                "What is the salary coefficient of a commune chairman?|en|salary,coefficient",
                "Which form must communes use for the monthly report?|en|form",
                "How much budget is allocated per commune for digital signatures?|en|budget",
                "How much is the monthly allowance for non-specialized staff?|en|monthly,allowance",
                "When is the next recruitment exam for commune-level civil servants?|en|next,recruitment,exam",
                "When's the monthly cutoff for sending our situation report?|en|''",
                "What's the deadline for the Government Party Committee?|en|''",
                "What day was the 412 notice from the Government Office put out?|en|''",
                "What must the Ministry of Finance complete before August 31, 2025?|en|''",
                "Who leads the working group sent to Thanh Hoa?|en|''",
                "Tiêu chí để sáp nhập phường là gì?|vi|tieu chi",
                "Mục tiêu đến năm 2030 của mô hình chính quyền địa phương 2 cấp là gì?|vi|muc tieu",
                "ten xa moi sau sap nhap dat theo nguyen tac nao vay|vi|nguyen tac",
                "Báo cáo tháng gửi Ban Tổ chức Trung ương dùng mẫu biểu số mấy?|vi|mau bieu",
                "mỗi xã được cấp bao nhiêu kinh phí mua chữ ký số?|vi|kinh phi",
                "Làm giấy khai sinh cho con ở xã mới cần những giấy tờ gì?|vi|giay to",
                "trạm y tế xã sau sắp xếp do cấp nào quản lý|vi|''",
                "gửi báo cáo trễ thì bị xử lý thế nào|vi|xu ly",
                "Vi phạm trong công tác cán bộ thì xử lý ra sao?|vi|xu ly",
                "Thông báo 412 yêu cầu hoàn thiện pháp luật để bộ máy vận hành như thế nào?|vi|van hanh",
                "doanh nghiệp như thế nào|vi|doanh nghiep",
                "kết luận yêu cầu sắp xếp nhân sự cấp tỉnh, cấp xã như thế nào|vi|''",
                "Thông báo 412 yêu cầu quán triệt chỉ đạo của Ban Chỉ đạo nào?|vi|''",
                "việc lấy ý kiến nhân dân do đảng ủy nào phối hợp triển khai|vi|''",
                "Chứng thực bản sao ở xã giờ thu phí bao nhiêu?|vi|thu phi",
                "Thông báo 412 là kết luận của Thủ tướng tại cuộc họp về nội dung gì?|vi|''",
                "Tiêu chí đánh giá cán bộ phải đáp ứng yêu cầu gì?|vi|''",
                "Những cơ quan nào phải thành lập Văn phòng thường trực?|vi|''",
                "How does a resident create an account on the National Public Service Portal?|en|account",
                "How do communes submit the monthly report?|en|monthly,report",
                "How is the salary of commune civil servants calculated?|en|salary",
                "How must provincial Party committees strengthen capacity at the commune level?|en|''",
                "What topics should training for cadres at all levels cover?|en|''",
                "In May the Politburo said no dragging of feet - what exactly did it ask committees to follow?|en|''",
                "Văn phòng thường trực hoạt động đến khi nào?|vi|''",
                "What was the Politburo's view of the Central Organizing Committee's report?|en|view",
                "Bộ Tài chính phải hoàn thành việc gì trước ngày 31/8/2025?|vi|''",
                "Cán bộ xã nghỉ hưu ở tuổi bao nhiêu sau sắp xếp?|vi|''",
                "Quảng Ninh sau sắp xếp còn bao nhiêu xã, phường?|vi|xa",
                "Cơ quan nào hướng dẫn việc sắp xếp?|vi|''",
                "ho so dat dai cua huyen cu phai luu tru bao nhieu nam vay a|vi|''",
                "Which Party committee leads the collection of opinions?|en|''",
                "Hệ số lương của chủ tịch UBND xã sau sáp nhập là bao nhiêu?|vi|he so",
                "Làm thủ tục này cần nộp hồ sơ gì?|vi|ho so",
                "Chậm nhất ngày nào phải gửi báo cáo?|vi|''",
                "Tỷ lệ giải quyết hồ sơ đúng hạn phải đạt bao nhiêu phần trăm?|vi|''",
                "Kết luận yêu cầu các cấp ủy khẩn trương đến mức nào?|vi|''",
                "Các nhiệm vụ trọng tâm phải làm đến mốc nào ạ?|vi|''",
                "Cuộc họp do đồng chí nào chủ trì ạ?|vi|''",
                "Bộ Chính trị, Ban Bí thư họp để đánh giá những gì ạ?|vi|''",
                "Which regulation governs the annual review of collectives?|en|regulation",
                "Vilket organ ansvarar för översynen?|sv|''",
            })
    void readsWhatTheQuestionAsksFor(String question, String language, String focus) {
        assertThat(AskedFocus.of(question, language))
                .containsExactlyElementsOf(focus.isEmpty() ? List.of() : List.of(focus.split(",")));
    }

    @Test
    void vietnameseReadsAlikeWithAndWithoutDiacritics() {
        assertThat(AskedFocus.of("Tên xã mới đặt theo nguyên tắc nào?", "vi"))
                .isEqualTo(AskedFocus.of("ten xa moi dat theo nguyen tac nao", "vi"))
                .containsExactly("nguyen tac");
    }
}
