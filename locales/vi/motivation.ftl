## Motivation: escalation notices to counsellors, the kind message to the learner, crisis replies.

motivation-notice =
    { $head }
    { $who }
    Lý do: { $reasons }
    Bước tiếp theo trong kế hoạch: { $step }
    Cuộc hẹn tiếp theo: { $meeting }
motivation-notice-who-score = { $name } · điểm { $score }
motivation-notice-who = { $name }
motivation-head-score = ⚠️ Một học viên có thể đang cần bạn.
motivation-head-request = 🙋 Một học viên muốn nói chuyện với bạn.
motivation-head-crisis = 🚨 KHẨN CẤP: một học viên đã viết những lời có thể cho thấy một cuộc khủng hoảng. Vui lòng liên lạc với học viên này ngay.
motivation-head-forwarded = ⏰ Chưa ai trả lời thông báo này. Bạn giúp được không?
motivation-notice-step = { $type } (hạn: { $due })
motivation-notice-no-date = không có ngày
motivation-notice-meeting = { $when }
motivation-notice-none = không có
# Vietnamese has one plural form: count 1 reads "tâm trạng xấu 1 lần gần đây".
motivation-reason-low-mood = { $count ->
   *[other] tâm trạng xấu { $count } lần gần đây, thấp nhất { $mood }/5
}
motivation-reason-mood-drop = tâm trạng giảm từ khoảng { $average } xuống { $mood }/5
motivation-reason-mood-trend = tâm trạng giảm dần qua mỗi lần hỏi thăm, từ { $from } xuống { $mood }/5
motivation-reason-unanswered = không trả lời { $count } lần hỏi thăm hoặc lời nhắc
motivation-reason-silence = không liên lạc trong { $days } ngày
motivation-reason-missed-meeting = { $count ->
   *[other] lỡ { $count } cuộc hẹn, lần gần nhất vào { $date }
}
motivation-reason-overdue-step = { $count ->
   *[other] { $count } bước trong kế hoạch đã quá hạn
}
motivation-reason-help = đã xin giúp đỡ với một bước trong kế hoạch
motivation-reason-discouraged = đã viết những lời nản lòng
motivation-reason-request = muốn nói chuyện với bạn
motivation-reason-crisis = đã viết những lời có thể cho thấy khủng hoảng
motivation-reason-crisis-unanswered = viết lời có thể cho thấy khủng hoảng; không trả lời trong { $minutes } phút khi được hỏi có an toàn không
motivation-reason-other = dấu hiệu khác ({ $count })
motivation-button-ack = Tôi sẽ liên lạc
motivation-button-message = Gửi tin nhắn
motivation-button-book = Đặt cuộc hẹn
motivation-button-not-needed = Không cần
motivation-escalation-gone = Thông báo này không còn nữa.
motivation-learner-will-contact = Cố vấn { $counsellor } của bạn sẽ sớm liên lạc với bạn. Bạn cũng có thể viết cho tôi bất cứ lúc nào.
motivation-learner-will-contact-someone = Một người của trung tâm sẽ sớm liên lạc với bạn. Bạn cũng có thể viết cho tôi bất cứ lúc nào.
motivation-crisis-confirm =
    Tôi muốn chắc rằng bạn an toàn. Bạn có đang gặp nguy hiểm không? Bạn có đang nghĩ đến việc làm hại bản thân hoặc người khác không?
    Nếu bạn đang gặp nguy hiểm, hãy gọi 112.
motivation-crisis-yes = Có, tôi cần giúp ngay
motivation-crisis-no = Không, tôi an toàn
motivation-crisis-help =
    Hãy gọi 112 ngay nếu bạn hoặc người khác đang gặp nguy hiểm.
    Bạn có thể nói chuyện với một người ở Đường dây nóng khủng hoảng MIELI: 09 2525 0111 (bất cứ lúc nào).
    Tôi đã báo cho cố vấn của bạn. Cố vấn sẽ liên lạc với bạn sớm nhất có thể.
motivation-crisis-safe = Cảm ơn bạn đã cho tôi biết. Nếu bạn thấy không ổn, hãy viết cho tôi. Bạn cũng có thể gọi Đường dây nóng khủng hoảng MIELI: 09 2525 0111.

## Check-ins (learners)

check-in-mood = Kế hoạch của bạn đang tiến triển thế nào?
check-in-mood-1 = 😞 Rất tệ
check-in-mood-2 = 🙁 Tệ
check-in-mood-3 = 😐 Bình thường
check-in-mood-4 = 🙂 Tốt
check-in-mood-5 = 😄 Rất tốt
check-in-hardest = Bây giờ điều gì khó nhất với bạn? Chọn một hoặc nhiều mục, rồi bấm Xong.
option-hardest-language = Ngôn ngữ
option-hardest-money = Tiền bạc
option-hardest-health = Sức khỏe
option-hardest-family = Gia đình
option-hardest-childcare = Trông con
option-hardest-next_step = Tôi không biết bước tiếp theo
option-hardest-other = Việc khác
check-in-note = Bạn có muốn nhắn gì cho cố vấn không? Viết một dòng, hoặc bấm Bỏ qua.
check-in-thanks = Cảm ơn bạn! Thật vui khi nghe vậy. Bạn có thể cho tôi biết bạn thấy thế nào bất cứ lúc nào bằng lệnh /mood.
check-in-thanks-low = Cảm ơn bạn đã cho tôi biết. Nếu bạn muốn nói chuyện với cố vấn, hãy bấm nút.
check-in-note-to-counsellor =
    💬 { $name } đã trả lời hỏi thăm (tâm trạng { $mood }/5) và viết:
    { $text }

## "Talk to my counsellor"

motivation-button-counsellor = Nói chuyện với cố vấn của tôi
motivation-request-sent = Tôi đã báo cho cố vấn { $counsellor } của bạn. Cố vấn sẽ sớm liên lạc với bạn.
motivation-request-sent-someone = Tôi đã báo cho trung tâm. Sẽ có người sớm liên lạc với bạn.

## Counsellors: /escalations and the notice's buttons

motivation-escalations-head = Học viên có thể đang cần bạn:
motivation-escalations-none = Không có thông báo nào đang mở. Tốt lắm!
motivation-acknowledged = Cảm ơn bạn. Tôi sẽ báo cho { $name } rằng bạn sẽ liên lạc.
motivation-not-needed-thanks = Đã ghi: không cần cho { $name }. Điều này giúp chúng tôi làm thông báo tốt hơn.
motivation-already-handled = Đã có người trả lời thông báo này về { $name }.
motivation-message-ask = Hãy viết tin nhắn cho { $name }. Tôi sẽ gửi cho người đó.
motivation-message-to-learner =
    💬 Tin nhắn từ cố vấn { $counsellor } của bạn:
    { $text }
motivation-message-sent = Đã gửi cho { $name }.
motivation-book-how = Để gặp { $name }, hãy gửi cho học viên này một tin nhắn có giờ hẹn. Hoặc nhờ học viên tự đặt cuộc hẹn trong Polku.

## /mydata

mydata-motivation = Số lần bạn cho tôi biết bạn thế nào: { $check_ins }. Dấu hiệu tôi nhận thấy (ví dụ tâm trạng xấu hoặc lỡ cuộc hẹn): { $signals }. Số lần tôi báo cho cố vấn của bạn: { $escalations }.
## "Ask my counsellor": a question Polku cannot answer, relayed both ways

ask-not-understood =
    Tôi không tự trả lời được câu này. Có thể một trong những lệnh này giúp được bạn:
    /plan – kế hoạch của bạn
    /appointments – các cuộc hẹn của bạn
    /help – mọi việc tôi có thể làm
    Hoặc tôi có thể gửi câu hỏi của bạn cho cố vấn nghề nghiệp của bạn.
ask-counsellor-button = Hỏi cố vấn của tôi
ask-sent = Tôi đã gửi câu hỏi của bạn cho { $counsellor }. Câu trả lời sẽ đến ở đây.
ask-nobody = Xin lỗi, tôi không gửi được câu hỏi của bạn. Hiện bạn không có cố vấn nghề nghiệp trong Polku. Vui lòng liên lạc với văn phòng của trung tâm.
ask-notice = <b>{ $name }</b> hỏi: { $text }
ask-answer-button = Trả lời
ask-answer-ask = Hãy viết câu trả lời cho { $name }. Tôi sẽ gửi nó trong Polku.
ask-answer-sent = Tôi đã gửi câu trả lời của bạn cho { $name }.
ask-answer-gone = Tôi không gửi được câu trả lời của bạn. Học viên này không còn là học viên của bạn, hoặc đã rời Polku.
ask-answer-to-learner = Cố vấn { $counsellor } của bạn trả lời: { $text }
## Choosing when the weekly check-in comes (/checkin, or the button under the check-in).
check-in-when-button = 🕒 Chọn ngày và giờ
check-in-when-day = Tôi hỏi bạn về kế hoạch của bạn. Bạn muốn nhận câu hỏi này vào ngày nào? Hiện tại: { $current }.
check-in-when-default-rhythm = khoảng một tuần sau lần trước
check-in-when-chosen = { $day } lúc { $time }
check-in-weekday = { $day ->
    [0] Thứ Hai
    [1] Thứ Ba
    [2] Thứ Tư
    [3] Thứ Năm
    [4] Thứ Sáu
    [5] Thứ Bảy
   *[6] Chủ Nhật
}
check-in-when-default = Khoảng một tuần sau lần trước
check-in-when-hour = Vào lúc mấy giờ ngày { $day }?
check-in-when-hour-button = { $time }
check-in-when-saved = Xong. Tôi sẽ hỏi bạn thấy thế nào vào { $day } lúc { $time }. Bạn có thể đổi bằng lệnh /checkin.
check-in-when-saved-default = Xong. Tôi sẽ hỏi bạn thấy thế nào khoảng một tuần sau lần trước. Bạn có thể đổi bằng lệnh /checkin.
