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
campaign-state-draft = bản nháp
campaign-state-scheduled = đã lên lịch
campaign-state-sending = đang gửi
campaign-state-done = đã gửi
campaign-state-cancelled = đã hủy
campaign-list-empty = Chưa có đợt gửi tin nào. Hãy bấm “Đợt gửi tin mới”, hoặc dùng dòng lệnh: polku campaign create FILE.yml
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
campaign-scheduled = Bạn đã xác nhận đợt gửi tin “{ $name }”. Tôi sẽ gửi vào thời gian bạn chọn. Bạn sẽ nhận báo cáo khi tôi gửi xong.
campaign-sending-now = Bạn đã xác nhận đợt gửi tin “{ $name }”. Tôi đang gửi ngay bây giờ. Bạn sẽ nhận báo cáo khi tôi gửi xong.
campaign-cancelled = Tôi đã hủy đợt gửi tin “{ $name }”. Tôi sẽ không gửi { $count } tin nhắn của đợt này.

# $in_doubt: nothing, or one more line (campaign-report-in-doubt) when some messages
# may have arrived: a request was on its way when something went wrong.
campaign-report =
    Báo cáo: { $name }
    Học viên: { $audience }
    Đã gửi: { $sent }. Lỗi: { $failed }. Đã chặn bot: { $blocked }. Đã tắt tin nhắn: { $muted }. Đang chờ: { $pending }.{ $in_doubt }
    { $languages }
    Câu trả lời:
    { $answers }
campaign-report-language = { $language }: đã gửi { $sent } trên { $total }
campaign-report-answer = Nút { $number }: { $count }
campaign-report-no-answers = Chưa có câu trả lời.
campaign-report-in-doubt = {"\u000A"}{ $count ->
       *[other] { $count } tin nhắn có thể đã đến nơi. Tôi gặp sự cố khi gửi, nên tôi không biết chắc. Tôi sẽ không gửi lại.
    }

campaign-error = Bây giờ bạn không thể thay đổi đợt gửi tin này.
campaign-error-not_draft = Đã có người gửi hoặc hủy đợt gửi tin này.
campaign-error-finished = Đợt gửi tin này đã kết thúc.
## The guided dialogue: a new campaign (/campaign, "New campaign")
campaign-new-button = ➕ Đợt gửi tin mới
campaign-new-name = Một đợt gửi tin mới. Đợt này tên là gì? Chỉ nhân viên nhìn thấy tên này.
campaign-new-audience =
    Ai sẽ nhận tin? Hãy chọn một bộ lọc, hoặc bấm Xong. Nếu không có bộ lọc, mọi học viên đều nhận tin.
    Lộ trình: { $path }
    Giai đoạn: { $status }
    Cố vấn: { $counsellor }
    Ngôn ngữ: { $language }
    Bước kế hoạch chưa làm: { $step }
    Hoạt động lần cuối: { $active }
campaign-filter-path = Lộ trình
campaign-filter-status = Giai đoạn
campaign-filter-counsellor = Cố vấn
campaign-filter-language = Ngôn ngữ
campaign-filter-step = Bước kế hoạch chưa làm
campaign-filter-active = Hoạt động lần cuối
campaign-filter-done = ✓ Xong
campaign-new-path = Học viên theo lộ trình nào? Hãy chọn, rồi bấm Xong. Bỏ qua sẽ xóa bộ lọc này.
campaign-new-status = Học viên ở giai đoạn nào? Hãy chọn, rồi bấm Xong. Bỏ qua sẽ xóa bộ lọc này.
campaign-new-counsellor = Học viên của cố vấn nào? Hãy chọn, rồi bấm Xong. Bỏ qua sẽ xóa bộ lọc này.
campaign-new-language = Học viên đọc ngôn ngữ nào? Hãy chọn, rồi bấm Xong. Bỏ qua sẽ xóa bộ lọc này.
campaign-new-step = Học viên còn phải làm bước kế hoạch nào? Hãy chọn, rồi bấm Xong. Bỏ qua sẽ xóa bộ lọc này.
campaign-new-active = Học viên hoạt động lần cuối khi nào? Bỏ qua sẽ xóa bộ lọc này.
campaign-status-new = Đã tham gia, chưa trả lời xong bảng câu hỏi
campaign-status-intake_done = Đã trả lời xong bảng câu hỏi
campaign-status-plan_confirmed = Đã xác nhận kế hoạch
campaign-option-counsellor = { $name }
campaign-active-active_7 = Có hoạt động trong 7 ngày qua
campaign-active-active_30 = Có hoạt động trong 30 ngày qua
campaign-active-inactive_14 = Không hoạt động 14 ngày
campaign-active-inactive_30 = Không hoạt động 30 ngày
campaign-new-fallback = Bây giờ là tin nhắn. Trước hết là ngôn ngữ chính: học viên có ngôn ngữ chưa có tin nhắn sẽ nhận tin này. Ngôn ngữ nào?
campaign-new-text =
    Hãy gõ tin nhắn bằng { $language }. Bạn có thể dùng {"{"}first_name{"}"} (tên), {"{"}counsellor_name{"}"} (tên cố vấn) và {"{"}date{"}"} (ngày). Mỗi học viên sẽ thấy thông tin của mình.
campaign-new-buttons = Nút trả lời bằng { $language } (có thể bỏ qua): gõ tối đa 3 nhãn, mỗi dòng một nhãn. Tôi sẽ đếm câu trả lời của học viên.
campaign-new-other-buttons = Các nút trả lời giống vậy bằng { $language }: mỗi dòng một nhãn, theo cùng thứ tự.
campaign-new-more = Thêm tin nhắn bằng ngôn ngữ khác?
campaign-more-add = ➕ Ngôn ngữ khác
campaign-more-done = ✓ Xong
campaign-new-other-language = Ngôn ngữ nào?
campaign-new-schedule = Khi nào gửi?
campaign-schedule-now = Bây giờ
campaign-schedule-at = Vào một ngày và giờ
campaign-schedule-daily = Mỗi ngày
campaign-schedule-weekly = Mỗi tuần
campaign-new-send-at = Hãy gõ ngày và giờ như thế này: 31.12.2026 14:30.
campaign-new-until = Ngày cuối cùng là ngày nào? Hãy gõ như thế này: 31.1.2027.
campaign-new-too-long = Quá dài: tối đa { $limit } ký tự.
campaign-new-bad-placeholder = Tôi không biết một từ trong dấu ngoặc nhọn. Hãy dùng {"{"}first_name{"}"}, {"{"}counsellor_name{"}"} (tên cố vấn) hoặc {"{"}date{"}"}. Để viết một dấu ngoặc nhọn, hãy gõ {"{{"}.
campaign-new-bad-buttons = Hãy gõ từ 1 đến { $most } nhãn, mỗi dòng một nhãn, mỗi nhãn tối đa { $limit } ký tự.
campaign-new-buttons-count = Hãy gõ { $count } nhãn, mỗi dòng một nhãn: bằng số nhãn trong ngôn ngữ chính.
campaign-new-language-given = Đây là ngôn ngữ chính, bạn đã viết tin nhắn cho ngôn ngữ này. Hãy chọn ngôn ngữ khác.
campaign-new-need-time = Vui lòng thêm cả giờ, như thế này: 31.12.2026 14:30.
campaign-new-past = Thời gian này đã qua. Vui lòng chọn thời gian muộn hơn.
campaign-new-until-early = Ngày cuối cùng không thể trước ngày đầu tiên.
campaign-new-failed = Xin lỗi, tôi không lưu được đợt gửi tin này. Vui lòng bắt đầu lại bằng lệnh /campaign.
campaign-new-saved = Tôi đã lưu đợt gửi tin “{ $name }”. { $schedule } Hãy xem bản xem trước, rồi xác nhận.
campaign-when-now = Tôi gửi ngay khi bạn xác nhận.
campaign-when-at = Tôi gửi vào { $when }.
campaign-when-daily = Tôi gửi mỗi ngày, từ { $when } đến { $until }.
campaign-when-weekly = Tôi gửi mỗi tuần, từ { $when } đến { $until }.
