## Campaigns: reminders a coordinator sends to a group of learners

command-campaign = Gửi lời nhắc cho các nhóm học viên

# The coordinator's own text, in the learner's language (or the fallback language).
campaign-message = { $text }
campaign-answer = { $label }
campaign-mute = 🔕 Tắt các tin nhắn này
campaign-muted = Bạn sẽ không nhận các tin nhắn nhóm này nữa. Bạn vẫn nhận lời nhắc về kế hoạch và các cuộc hẹn của bạn.
campaign-answer-thanks = Cảm ơn bạn, tôi đã lưu câu trả lời của bạn.

campaign-list =
    Các đợt gửi tin của bạn:
    { $lines }
campaign-list-line = { $id }. { $name } ({ $status })
campaign-list-empty = Chưa có đợt gửi tin nào. Hãy tạo một đợt bằng dòng lệnh: polku campaign create FILE.yml
campaign-button-show = Đợt gửi tin { $id }
campaign-button-send = Gửi
campaign-button-confirm = Có, gửi đi
campaign-button-cancel = Hủy đợt gửi tin

campaign-preview =
    Đợt gửi tin { $id }: { $name } ({ $status })
    Học viên: { $count }
    { $languages }
    { $fallback } người nhận văn bản bằng { $fallback_language }, vì chưa có văn bản bằng ngôn ngữ của họ.
    Đã tắt tin nhắn: { $muted }. Đã chặn bot: { $blocked }.
campaign-preview-language = { $language }: { $count } (ngôn ngữ thay thế: { $fallback })
campaign-example =
    Ví dụ bằng { $language }:
    { $text }
campaign-confirm = Gửi đợt tin này cho { $count } học viên?
campaign-scheduled = Tôi đang gửi đợt gửi tin “{ $name }”. Bạn sẽ nhận báo cáo khi tôi gửi xong.
campaign-cancelled = Tôi đã hủy đợt gửi tin “{ $name }”. Tôi sẽ không gửi { $count } tin nhắn của đợt này.

campaign-report =
    Báo cáo: { $name }
    Học viên: { $audience }
    Đã gửi: { $sent }. Lỗi: { $failed }. Đã chặn bot: { $blocked }. Đã tắt tin nhắn: { $muted }. Đang chờ: { $pending }.
    { $languages }
    Câu trả lời:
    { $answers }
campaign-report-language = { $language }: đã gửi { $sent } trên { $total }
campaign-report-answer = Nút { $number }: { $count }
campaign-report-no-answers = Chưa có câu trả lời.

campaign-error = Bây giờ bạn không thể thay đổi đợt gửi tin này.
campaign-error-not_draft = Đã có người gửi hoặc hủy đợt gửi tin này.
campaign-error-finished = Đợt gửi tin này đã kết thúc.
