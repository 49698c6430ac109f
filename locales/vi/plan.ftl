# Polku — Tiếng Việt: personal plans and their reminders.
# Translated from locales/en/plan.ftl: same message ids. Writing rules: locales/README.md.
# Terms: plan = kế hoạch, step = bước, starter plan = kế hoạch ban đầu, proposal = đề xuất,
# reminder = lời nhắc, due date = hạn, note = ghi chú, learner = học viên,
# career counsellor = cố vấn nghề nghiệp, work path = lộ trình đi làm,
# education path = lộ trình đi học, TE services = dịch vụ việc làm (TE).
# Buttons named in the text match the buttons: Done = Xong, I need help = Tôi cần giúp,
# Skip = Bỏ qua.

## Step types: a short name, and a plain explanation for the learner

step-type-language_course = Khóa học tiếng Phần Lan
step-type-language_course-about = Khóa học tiếng Phần Lan giúp bạn trong cuộc sống hằng ngày và trong công việc. Cố vấn sẽ giúp bạn tìm một khóa học phù hợp.
step-type-vocational_application = Nộp đơn vào trường nghề
step-type-vocational_application-about = Ở trường nghề, bạn học một nghề. Bạn nộp đơn bằng một mẫu đơn, thường là trên mạng. Cố vấn có thể giúp bạn điền mẫu đơn.
step-type-cv = CV
step-type-cv-about = CV là một tờ giấy ngắn về việc học, công việc và kỹ năng của bạn. Người tuyển dụng đọc CV khi bạn xin việc.
step-type-job_application = Đơn xin việc
step-type-job_application-about = Bạn xin một công việc. Bạn gửi CV và một lá thư ngắn, hoặc bạn điền một mẫu đơn.
step-type-employment_office = Đến dịch vụ việc làm
step-type-employment_office-about = Ở dịch vụ việc làm, bạn nói chuyện về việc tìm việc và kế hoạch của bạn.
step-type-work_tryout = Làm thử việc
step-type-work_tryout-about = Khi làm thử việc, bạn làm việc ở một nơi làm việc trong một thời gian ngắn. Bạn học hỏi và xem công việc có hợp với bạn không.
step-type-social_worker = Cuộc hẹn với nhân viên xã hội
step-type-social_worker-about = Nhân viên xã hội giúp bạn về tiền bạc, nhà ở, gia đình và các việc khác trong cuộc sống.
step-type-health_check = Khám sức khỏe
step-type-health_check-about = Y tá hoặc bác sĩ khám sức khỏe cho bạn. Điều này giúp lập kế hoạch học tập và công việc của bạn.
step-type-document = Giấy tờ cần mang theo
step-type-document-about = Hãy mang theo giấy tờ này. Nếu bạn không có, hãy báo cho cố vấn.
step-type-counsellor_meeting = Cuộc hẹn với cố vấn
step-type-counsellor_meeting-about = Bạn gặp cố vấn của bạn để nói chuyện về kế hoạch của bạn.
step-type-other = Việc khác
step-type-other-about = Cố vấn sẽ cho bạn biết cần làm gì.

## Steps in a list

plan-line-todo = { $number }. <b>{ $type }</b> – { $due }{ $details }
plan-line-done = { $number }. ✅ <s>{ $type }</s> – { $due }
plan-line-skipped = { $number }. ➖ <s>{ $type }</s> – { $due }
plan-no-date = không có ngày
plan-place = {"\u000A"}   📍 { $place }
plan-note = {"\u000A"}   📝 { $note }
plan-no-path = chưa có lộ trình
plan-no-next = không còn bước nào chưa làm

## The learner's plan

plan-learner-view =
    <b>Kế hoạch của bạn</b> ({ $path })

    { $lines }
    { $meeting }

    Khi bạn làm xong một bước, hãy bấm nút của bước đó.
plan-learner-empty = Cố vấn vẫn đang lập kế hoạch cho bạn. Tôi sẽ báo cho bạn khi kế hoạch sẵn sàng.
plan-learner-not-accepted = Bạn không có kế hoạch trong Polku, vì Trung tâm Kỹ năng cho Người nhập cư không thể nhận bạn. Nếu bạn đã trả lời sai, hãy gõ /intake để bắt đầu lại.
plan-done-button = ✅ { $number }. { $type }: xong
# A short note on the button (plain text).
plan-done-thanks = Giỏi lắm! Cố vấn của bạn sẽ thấy.
plan-done-well-done = Giỏi lắm!
plan-ready =
    Cố vấn đã xác nhận kế hoạch của bạn: { $count ->
       *[other] { $count } bước
    }. Bước đầu tiên là <b>{ $first }</b> ({ $due }). Hãy gõ /plan để xem. Tôi sẽ nhắc bạn trước mỗi bước.
plan-need-help = Tôi cần giúp
plan-help-sent = Tôi đã báo cho cố vấn của bạn rằng bạn cần giúp. Cố vấn sẽ liên lạc với bạn.
plan-help-already-sent = Cố vấn của bạn đã biết bạn cần giúp. Cố vấn sẽ liên lạc với bạn.
plan-help-nobody = Xin lỗi, tôi không báo được cho ai. Hiện bạn chưa có cố vấn trong Polku. Vui lòng liên lạc với văn phòng của trung tâm.

## Reminders

reminder-step =
    { $days ->
        [0] <b>Hôm nay:</b> { $type }
        [1] <b>Ngày mai:</b> { $type }
       *[other] <b>Còn { $days } ngày nữa:</b> { $type }
    }
    🗓 { $due }{ $details }
reminder-overdue =
    <b>{ $type }</b> có hạn vào { $due }. Việc này thế nào rồi?
    Nếu bạn đã làm xong, hãy bấm Xong. Nếu có gì khó, hãy bấm “Tôi cần giúp”.{ $details }

## Counsellors: learners and plans

learners-list =
    <b>Học viên của bạn</b>

    { $lines }
learners-line = <b>{ $name }</b> · { $path } · tiếp theo: { $next } · lần cuối thấy: { $seen }
learners-none = Bạn chưa có học viên nào. Hãy mời học viên bằng lệnh /invite.
learners-button = { $name }
plan-counsellor-view =
    <b>Kế hoạch của { $name }</b> ({ $path }){ $status ->
        [unconfirmed] {"\u000A"}Đây là một đề xuất. Học viên sẽ thấy kế hoạch khi bạn xác nhận.
       *[confirmed] {""}
    }

    { $lines }
    { $meeting }
plan-counsellor-empty =
    <b>Kế hoạch của { $name }</b> ({ $path })
    Kế hoạch chưa có bước nào.
    { $meeting }
plan-step-button = { $number }. { $type }
plan-add = ➕ Thêm một bước
plan-confirm = ✔️ Xác nhận kế hoạch
plan-confirmed-told = Đã xác nhận kế hoạch. Tôi đã báo cho { $name }.
plan-open = Mở kế hoạch
plan-step-menu =
    { $name }:
    { $line }
plan-mark-done = ✅ Xong
plan-mark-todo = ↩️ Chưa xong
plan-skip = ➖ Bỏ qua
plan-up = ⬆️ Lên
plan-down = ⬇️ Xuống
plan-change-date = 🗓 Đổi ngày
plan-remove = 🗑 Xóa
plan-remove-yes = 🗑 Có, xóa
plan-remove-confirm = Xóa bước này? { $line }
plan-back-to-plan = ← Quay lại kế hoạch
plan-add-type = Đây là loại bước nào?
plan-add-due = Hạn là khi nào? Hãy viết ngày, ví dụ 31.12.2026. Bạn có thể thêm giờ, ví dụ 31.12.2026 14:30. Nếu không có ngày, hãy bấm Bỏ qua.
plan-add-place = Ở đâu? Hãy viết địa điểm hoặc một link. Nếu không có địa điểm, hãy bấm Bỏ qua.
plan-add-note = Học viên có cần biết thêm điều gì không? Hãy viết một ghi chú ngắn, hoặc bấm Bỏ qua.
plan-step-added = Tôi đã thêm bước này. Học viên sẽ nhận lời nhắc trước hạn.
plan-date-changed = Tôi đã đổi ngày. Lời nhắc sẽ theo ngày mới.
plan-date-removed = Tôi đã xóa ngày. Bước này bây giờ không có lời nhắc.
plan-step-added-no-date = Tôi đã thêm bước này. Bước này không có ngày, nên sẽ không có lời nhắc.

## Notices to counsellors

notice-plan-proposed = Tôi đã lập một kế hoạch ban đầu cho <b>{ $name }</b>. Vui lòng kiểm tra và xác nhận, hoặc sửa kế hoạch.
notice-steps-done =
    Học viên của bạn đã đánh dấu xong các bước này:
    { $lines }
notice-step-done-line = ✅ <b>{ $name }</b>: { $type }
notice-needs-help = <b>{ $name }</b> cần giúp ở bước này: { $type }. Vui lòng liên lạc với học viên này.
