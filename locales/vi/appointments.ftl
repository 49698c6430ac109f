# Polku — Tiếng Việt: meetings with the counsellor.
# Translated from locales/en/appointments.ftl: same message ids. Writing rules: locales/README.md.
# Terms: meeting = cuộc hẹn, book = đặt hẹn, move = đổi giờ, cancel = hủy, counsellor = cố vấn.

## How and where

appointment-mode-in_person = Gặp trực tiếp
appointment-mode-phone = Qua điện thoại
appointment-mode-video = Gọi video
appointment-place-unknown = cố vấn sẽ cho bạn biết địa điểm
appointment-how = { $mode }: { $place }
appointment-ics-summary = Cuộc hẹn với { $counsellor }

## Notices

appointment-booked =
    📅 Bạn có một cuộc hẹn với { $counsellor }.
    🕘 { $when }
    { $mode }: { $place }
appointment-booked-counsellor =
    📅 Cuộc hẹn mới với { $learner }.
    🕘 { $when }
    { $mode }: { $place }
appointment-moved =
    📅 Cuộc hẹn của bạn với { $counsellor } có giờ mới.
    🕘 { $when } (trước đây: { $previous })
    { $mode }: { $place }
appointment-moved-counsellor =
    📅 Cuộc hẹn với { $learner } có giờ mới.
    🕘 { $when } (trước đây: { $previous })
    { $mode }: { $place }
appointment-cancelled =
    ❌ Đã hủy: cuộc hẹn của bạn với { $counsellor } vào { $when }.
    Lý do: { $reason }
appointment-cancelled-counsellor =
    ❌ Đã hủy: cuộc hẹn với { $learner } vào { $when }.
    Lý do: { $reason }

## Reasons for a cancellation

appointment-reason-learner = học viên đã hủy
appointment-reason-ill = bị ốm
appointment-reason-counsellor_away = cố vấn không đến được
appointment-reason-not_needed = không cần cuộc hẹn này nữa
appointment-reason-other = lý do khác

## Problems

appointment-error = Bạn không thể thay đổi cuộc hẹn này như vậy.
appointment-slot-taken = Xin lỗi, người khác vừa đặt giờ đó. Vui lòng chọn giờ khác.
appointment-slot-unavailable = Bạn không thể đặt giờ đó. Vui lòng chọn giờ khác.
appointment-no-counsellor = Hiện bạn chưa có cố vấn. Chúng tôi sẽ báo cho bạn khi bạn có cố vấn.
appointment-not-found = Tôi không tìm thấy cuộc hẹn này.
appointment-closed = Cuộc hẹn này đã qua, hoặc đã có người hủy.
appointment-not-started = Cuộc hẹn chưa bắt đầu.

## Booking in the chat

appointment-book-button = 📅 Đặt cuộc hẹn
appointment-choose-day = Khi nào bạn đến được? Hãy chọn một ngày.
appointment-choose-day-move =
    Cuộc hẹn của bạn hiện là { $when }.
    Hãy chọn một ngày mới.
appointment-day-button = { $day }
appointment-choose-time = Hãy chọn giờ vào { $day }.
appointment-time-button = { $time }
appointment-other-day = ◀️ Ngày khác
appointment-other-time = 🔁 Giờ khác
appointment-no-free-times = Hiện không còn giờ trống. Vui lòng thử lại sau, hoặc hỏi cố vấn của bạn.
appointment-stale = Nút này đã cũ. Đây là các giờ trống hiện nay.
appointment-day-gone = Ngày đó không còn giờ trống. Vui lòng chọn ngày khác.
appointment-time-gone = Giờ đó không còn trống. Vui lòng chọn giờ khác.
appointment-confirm =
    Đặt cuộc hẹn này?
    🕘 { $when }
    { $mode }: { $place }
appointment-confirm-move =
    Đổi cuộc hẹn của bạn sang giờ này?
    🕘 { $when } (hiện tại: { $previous })
    { $mode }: { $place }
appointment-confirm-for =
    Đặt cuộc hẹn cho { $learner }?
    🕘 { $when }
    { $mode }: { $place }
appointment-yes = ✅ Có
appointment-done =
    ✅ Tôi đã đặt cuộc hẹn cho bạn.
    🕘 { $when }
    { $mode }: { $place }
    Tôi sẽ nhắc bạn trước cuộc hẹn.
appointment-moved-done =
    ✅ Cuộc hẹn của bạn có giờ mới.
    🕘 { $when }
    { $mode }: { $place }
appointment-done-for =
    ✅ Đã đặt cuộc hẹn cho { $learner }.
    🕘 { $when }
    { $mode }: { $place }
appointment-ics-caption = 📎 Cuộc hẹn của bạn vào { $when }. Mở tệp này để thêm cuộc hẹn vào lịch trên điện thoại.
appointment-ics-cancel-caption = 📎 Cuộc hẹn của bạn vào { $when } đã hủy. Mở tệp này để xóa cuộc hẹn khỏi lịch trên điện thoại.

## Your meetings

appointment-list =
    <b>Các cuộc hẹn của bạn</b>

    { $lines }
appointment-line = 🕘 { $when } – { $mode }: { $place }
appointment-none = Bạn chưa đặt cuộc hẹn nào.
appointment-move-button = 🔁 Đổi giờ { $day } { $time }
appointment-cancel-button = ❌ Hủy { $day } { $time }
appointment-list-counsellor =
    <b>Các cuộc hẹn của bạn</b>

    { $lines }
appointment-line-counsellor = 🕘 { $when } – { $learner } ({ $mode })
appointment-none-counsellor = Bạn chưa có cuộc hẹn nào.
appointment-cancel-for-button = ❌ { $learner } { $day } { $time }
appointment-cancel-confirm = Hủy cuộc hẹn của bạn vào { $when }?
appointment-cancel-yes = ❌ Hủy cuộc hẹn
appointment-cancel-no = Giữ cuộc hẹn
appointment-cancel-done = Tôi đã hủy cuộc hẹn của bạn vào { $when }. Cố vấn của bạn đã biết.
appointment-cancel-why = Vì sao bạn hủy cuộc hẹn với { $learner } vào { $when }?
appointment-why-ill = Bị ốm
appointment-why-away = Tôi không đến được
appointment-why-not-needed = Không cần nữa
appointment-why-other = Lý do khác
appointment-cancel-done-counsellor = Tôi đã hủy cuộc hẹn với { $learner } vào { $when }. Tôi đã báo cho { $learner }.
appointment-question = Bạn có thể xem các cuộc hẹn bằng lệnh /appointments. Để đặt cuộc hẹn mới, hãy dùng /book.

## Reminders

appointment-reminder-24h =
    📅 Nhắc bạn: ngày mai bạn có cuộc hẹn với { $counsellor }.
    🕘 { $when }
    { $mode }: { $place }
appointment-reminder-2h =
    📅 Còn hai tiếng nữa là đến cuộc hẹn của bạn với { $counsellor }.
    🕘 { $when }
    { $mode }: { $place }
appointment-coming = 👍 Tôi sẽ đến
appointment-not-coming = Tôi không đến được
appointment-coming-thanks = Cảm ơn bạn! Hẹn sớm gặp lại.
appointment-not-coming-reply = Cảm ơn bạn đã cho tôi biết. Cố vấn của bạn đã biết. Bạn muốn đổi sang giờ khác, hay hủy cuộc hẹn vào { $when }?
appointment-not-coming-counsellor = ⚠️ { $learner } không đến được cuộc hẹn vào { $when }.

## After the meeting

appointment-outcome-question = Cuộc hẹn với { $learner } vào { $when } thế nào?
appointment-met = ✅ Đã gặp
appointment-no-show = ❌ Không đến
appointment-marked-met = ✅ Đã ghi: bạn đã gặp { $learner } vào { $when }.
appointment-marked-no-show = ❌ Đã ghi: { $learner } không đến vào { $when }.

## In the plan

plan-meeting-none = 📅 Chưa đặt cuộc hẹn nào.
plan-meeting-next = 📅 Cuộc hẹn tiếp theo: { $when }
