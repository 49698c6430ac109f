# Polku — Tiếng Việt: a counsellor's hours for meetings (/availability).
# Translated from locales/en/availability.ftl: same message ids. Writing rules: locales/README.md.

command-availability = Giờ hẹn của bạn

## The view

availability-view =
    <b>Giờ hẹn của bạn</b>

    { $lines }
availability-none = Bạn chưa có giờ hẹn nào. Học viên chỉ đặt hẹn được khi bạn thêm giờ hẹn.
availability-line-weekly = { $number }. { $day } { $start }–{ $end } · { $length } phút + { $buffer } phút · { $mode }{ $place }
availability-line-off = { $number }. { $day }: ngày nghỉ
availability-line-extra = { $number }. { $day } { $start }–{ $end } (thêm) · { $length } phút + { $buffer } phút · { $mode }{ $place }
availability-place = : { $place }
availability-remove-button = 🗑 Xóa { $number }
availability-add-weekly-button = ➕ Giờ hằng tuần
availability-add-off-button = 🌴 Một ngày nghỉ
availability-add-extra-button = ➕ Giờ thêm trong một ngày
availability-show-button = 📅 Giờ hẹn của bạn
availability-removed = Tôi đã xóa. Các cuộc hẹn đã đặt trong những giờ đó vẫn giữ nguyên.

## The questions

option-days-mon = Thứ Hai
option-days-tue = Thứ Ba
option-days-wed = Thứ Tư
option-days-thu = Thứ Năm
option-days-fri = Thứ Sáu
option-days-sat = Thứ Bảy
option-days-sun = Chủ Nhật
option-length-45 = 45 phút (thường dùng)
option-length-30 = 30 phút
option-length-60 = 60 phút
option-length-90 = 90 phút
option-buffer-15 = 15 phút (thường dùng)
option-buffer-0 = 0 phút (không nghỉ)
option-buffer-10 = 10 phút
option-buffer-30 = 30 phút
availability-ask-days = Bạn gặp học viên vào những ngày nào? Hãy chọn các ngày cho cuộc hẹn, rồi bấm Xong.
availability-ask-extra-day = Bạn có thêm giờ vào ngày nào? Hãy viết ngày, ví dụ 31.12.2026.
availability-ask-off-day = Bạn vắng mặt ngày nào? Hãy viết ngày, ví dụ 31.12.2026.
availability-ask-start = Từ mấy giờ? Ví dụ 9 hoặc 9.30.
availability-ask-end = Đến mấy giờ? (Bắt đầu từ { $start }.) Ví dụ 12 hoặc 15.30.
availability-ask-length = Một cuộc hẹn dài bao lâu?
availability-ask-buffer = Nghỉ bao lâu giữa hai cuộc hẹn?
availability-ask-mode = Bạn gặp học viên theo cách nào?
availability-ask-place = Bạn gặp ở đâu? Hãy viết địa điểm, ví dụ "Phòng 2", hoặc bấm Bỏ qua.
availability-ask-link = Hãy viết link của cuộc gọi video, ví dụ https://meet.example.fi/mikko
availability-confirm-weekly =
    Lưu những giờ này?
    📅 { $days }
    🕘 { $start }–{ $end }
    Mỗi cuộc hẹn { $length }, nghỉ { $buffer } · { $mode }
availability-confirm-extra =
    Lưu những giờ thêm này?
    📅 { $day }
    🕘 { $start }–{ $end }
    Mỗi cuộc hẹn { $length }, nghỉ { $buffer } · { $mode }
availability-saved = ✅ Tôi đã lưu. Bây giờ học viên có thể đặt hẹn vào những giờ này.
# Vietnamese has one plural form: [0] is the exact number zero.
availability-off-saved =
    ✅ Tôi đã lưu: ngày đó bạn vắng mặt.
    { $count ->
        [0] Ngày đó không có cuộc hẹn nào.
       *[other] Ngày đó vẫn còn { $count } cuộc hẹn. Hãy hủy trong /appointments.
    }
availability-not-saved = Tôi không lưu gì cả.

## Problems

availability-invalid-time = Vui lòng viết giờ, ví dụ 9, 9.30 hoặc 14:00.
availability-invalid-end = Giờ kết thúc phải sau giờ bắt đầu ({ $start }). Vui lòng viết giờ muộn hơn.
availability-invalid-length = Một cuộc hẹn không vừa trong những giờ này ({ $minutes } phút). Vui lòng chọn cuộc hẹn ngắn hơn.
availability-invalid-place = Vui lòng viết địa điểm ngắn hơn (tối đa { $limit } ký tự).
availability-invalid-link = Vui lòng viết cả link, bắt đầu bằng https://
availability-invalid-day = Vui lòng viết một ngày từ hôm nay đến một năm sau.
