# Polku — Tiếng Việt: the dialogue engine's common words and the intake.
# Translated from locales/en/intake.ftl: same message ids. Writing rules: locales/README.md.
# Terms: intake = bảng câu hỏi, career counsellor = cố vấn nghề nghiệp,
# residence permit = giấy phép cư trú, employment office = dịch vụ việc làm (TE),
# work path = lộ trình đi làm, education path = lộ trình đi học. Buttons named in the text
# match the buttons: Done = Xong, Skip = Bỏ qua (dialogue-done, dialogue-skip).

## Buttons and answers that every question shares

dialogue-yes = Có
dialogue-no = Không
dialogue-done = Xong
dialogue-skip = Bỏ qua
dialogue-back = ← Quay lại
dialogue-continue = Tiếp tục
dialogue-no-answer = –
# A question once answered: its text, then the answer (the buttons are gone).
dialogue-answered =
    { $question }

    ✅ { $answer }
dialogue-use-buttons = Vui lòng trả lời bằng một trong các nút.
dialogue-invalid-empty = Tôi chưa nhận được câu trả lời. Vui lòng thử lại.
dialogue-invalid-long = Câu trả lời này quá dài. Vui lòng viết ngắn hơn.
dialogue-invalid-text = Vui lòng trả lời bằng chữ, không chỉ bằng ký hiệu.
dialogue-invalid-number = Vui lòng viết một con số, ví dụ 3.
dialogue-invalid-year = Vui lòng viết năm bằng bốn chữ số, ví dụ 1990.
dialogue-invalid-date = Vui lòng viết ngày như thế này: 31.12.2026.
dialogue-invalid-date-past = Ngày này đã qua rồi. Vui lòng viết ngày hôm nay hoặc một ngày sau đó, như thế này: 31.12.2026.
dialogue-past-date-confirm = Ngày { $date } đã qua rồi. Bạn có muốn giữ ngày này không?
dialogue-past-keep = Có, giữ ngày này
dialogue-past-change = Không, tôi sẽ viết ngày khác
# A short note on the button (plain text).
dialogue-choose-one = Chọn ít nhất một mục, rồi bấm Xong.
dialogue-reminder = Bạn chưa trả lời xong. Bạn có muốn tiếp tục không? Chỉ mất vài phút.
dialogue-nothing-waiting = Hiện không có câu hỏi nào đang chờ. Hãy gõ /help để xem bạn có thể làm gì.
dialogue-cancelled = Được, chúng ta dừng lại. Tôi không thay đổi gì.
dialogue-cancelled-intake = Được, chúng ta dừng lại. Bạn có thể bắt đầu lại bằng lệnh /intake.
dialogue-nothing-to-cancel = Hiện không có gì để dừng.

## Consent

intake-consent =
    Trước khi bắt đầu: tôi sẽ hỏi bạn một số câu hỏi về cuộc sống, việc học và công việc của bạn. Câu trả lời của bạn giúp cố vấn cùng bạn lập kế hoạch.

    • Tôi giữ câu trả lời của bạn an toàn. Chỉ cố vấn của bạn và Trung tâm Kỹ năng xem được.
    • Bất cứ lúc nào, bạn có thể xem câu trả lời bằng lệnh /mydata. Bạn có thể xóa chúng bằng lệnh /forget.

    Bạn đồng ý không?
option-consent-accepted = Có, tôi đồng ý
option-consent-later = Để sau
intake-consent-declined = Không sao. Tôi không lưu gì cả. Khi nào bạn sẵn sàng, hãy gõ /intake.

## The questions

intake-preferred-name = Bạn muốn tôi gọi bạn bằng tên gì?
intake-birth-year = Bạn sinh năm nào? Ví dụ: 1990
intake-municipality = Bạn sống ở đâu?
option-municipality = { $name }
option-municipality-elsewhere = Nơi khác
intake-residence-permit = Bạn có giấy phép cư trú ở Phần Lan không?
option-residence_permit-yes = Có
option-residence_permit-in_process = Tôi đã nộp đơn
option-residence_permit-no = Không
intake-job-seeker = Bạn đã đăng ký là người thất nghiệp đang tìm việc chưa?
option-job_seeker-yes = Rồi
option-job_seeker-no = Chưa
option-job_seeker-not_sure = Tôi không chắc
intake-languages-spoken = Bạn nói được những ngôn ngữ nào? Chọn tất cả, rồi bấm Xong.
option-languages_spoken-fi = Tiếng Phần Lan
option-languages_spoken-sv = Tiếng Thụy Điển
option-languages_spoken-en = Tiếng Anh
option-languages_spoken-ar = Tiếng Ả Rập
option-languages_spoken-so = Tiếng Somali
option-languages_spoken-ru = Tiếng Nga
option-languages_spoken-uk = Tiếng Ukraina
option-languages_spoken-fa = Tiếng Ba Tư
option-languages_spoken-et = Tiếng Estonia
option-languages_spoken-zh = Tiếng Trung
option-languages_spoken-vi = Tiếng Việt
option-languages_spoken-tr = Tiếng Thổ Nhĩ Kỳ
option-languages_spoken-other = Ngôn ngữ khác
intake-finnish-level = Bạn nói tiếng Phần Lan giỏi đến đâu?
intake-swedish-level = Bạn nói tiếng Thụy Điển giỏi đến đâu?
intake-english-level = Bạn nói tiếng Anh giỏi đến đâu?
option-level-none = Không biết gì
option-level-a_little = Vài từ
option-level-basics = Những điều đơn giản
option-level-good = Chuyện hằng ngày
option-level-very_good = Tốt
option-level-fluent = Rất tốt
intake-education = Bạn đã học đến trình độ cao nhất nào?
option-education-none = Chưa đi học
option-education-basic = Tiểu học hoặc trung học cơ sở
option-education-secondary = Trung học phổ thông
option-education-vocational = Trường nghề
option-education-university = Đại học
intake-education-country = Bạn đã học ở nước nào?
intake-work-fields = Bạn đã làm những công việc gì? Ví dụ: dọn dẹp, nấu ăn, lái xe. Nếu bạn chưa đi làm, hãy bấm Bỏ qua.
intake-work-years = Bạn đã làm việc bao nhiêu năm? Hãy viết một con số.
intake-goal = Bạn muốn làm gì trước?
option-goal-work_soon = Đi làm sớm
option-goal-study_first = Đi học trước
option-goal-not_sure = Tôi không chắc
intake-interests = Bạn quan tâm đến công việc nào? Chọn tất cả, rồi bấm Xong.
option-interests-cleaning = Dọn dẹp và bảo trì nhà cửa
option-interests-restaurant = Nhà hàng và bếp
option-interests-care = Chăm sóc và y tế
option-interests-construction = Xây dựng
option-interests-logistics = Vận tải và kho hàng
option-interests-it = Máy tính và công nghệ thông tin
option-interests-retail = Cửa hàng và bán hàng
option-interests-beauty = Làm tóc và làm đẹp
option-interests-other = Việc khác
intake-support-needs = Bạn có cần giúp về những việc này không? Chọn tất cả, rồi bấm Xong.
option-support_needs-childcare = Trông con
option-support_needs-health = Sức khỏe
option-support_needs-money = Tiền bạc
option-support_needs-housing = Nhà ở
option-support_needs-family = Gia đình
option-support_needs-none = Không cần giúp
intake-meeting-times = Khi nào bạn có thể đến các cuộc hẹn? Chọn tất cả, rồi bấm Xong.
option-meeting_times-mornings = Buổi sáng
option-meeting_times-afternoons = Buổi chiều

## Answers that do not fit

intake-invalid-letters = Vui lòng viết bằng chữ cái.
intake-invalid-too-long = Vui lòng viết ngắn hơn, tối đa { $limit } ký tự.
intake-invalid-name = Vui lòng chỉ viết tên bạn muốn tôi dùng, ví dụ: Amal.
intake-invalid-birth-year = Vui lòng viết năm sinh của bạn, từ { $first } đến { $last }.
intake-invalid-work-years = Vui lòng viết số năm, từ 0 đến 60.

## Summary and corrections

intake-summary =
    Đây là câu trả lời của bạn. Vui lòng kiểm tra lại.

    <b>Tên:</b> { $name }
    <b>Năm sinh:</b> { $birth_year }
    <b>Nơi sống:</b> { $municipality }
    <b>Giấy phép cư trú:</b> { $permit }
    <b>Đã đăng ký tìm việc:</b> { $job_seeker }
    <b>Ngôn ngữ:</b> { $languages }
    <b>Tiếng Phần Lan:</b> { $finnish } · <b>Tiếng Thụy Điển:</b> { $swedish } · <b>Tiếng Anh:</b> { $english }
    <b>Học vấn:</b> { $education } ({ $country })
    <b>Công việc:</b> { $work } ({ $years })
    <b>Mục tiêu đầu tiên:</b> { $goal }
    <b>Quan tâm:</b> { $interests }
    <b>Cần giúp về:</b> { $support }
    <b>Cuộc hẹn:</b> { $times }

    Mọi thứ đúng chưa?
option-summary-confirm = Đúng, mọi thứ đều đúng
option-summary-change = Tôi muốn sửa một điều
intake-pick-change = Bạn muốn sửa gì?
slot-preferred_name = Tên
slot-birth_year = Năm sinh
slot-municipality = Nơi sống
slot-residence_permit = Giấy phép cư trú
slot-job_seeker = Tìm việc
slot-languages_spoken = Ngôn ngữ
slot-finnish_level = Tiếng Phần Lan
slot-swedish_level = Tiếng Thụy Điển
slot-english_level = Tiếng Anh
slot-education = Học vấn
slot-work_fields = Công việc
slot-goal = Mục tiêu đầu tiên
slot-interests = Quan tâm
slot-support_needs = Cần giúp
slot-meeting_times = Cuộc hẹn

## Eligibility

# One message when someone cannot be accepted: what the centre needs and why, whether the
# counsellor knows, where else to turn, and how to correct or start again.
intake-refused-too-young =
    Cảm ơn bạn đã trả lời. Tôi rất tiếc: hiện Trung tâm Kỹ năng cho Người nhập cư không thể nhận bạn. Trung tâm dành cho người lớn, từ 18 tuổi trở lên. Lý do là các khóa đào tạo và đợt làm thử được làm cho người lớn.
    { $told ->
        [yes] Tôi đã báo cho cố vấn nghề nghiệp của bạn.
       *[no] Vui lòng báo cho văn phòng của trung tâm.
    }
    Dịch vụ việc làm có thể cho bạn biết về các dịch vụ khác. Bạn cũng có thể hỏi ở International House Helsinki hoặc ở điểm thông tin của thành phố bạn.
    Nếu bạn đã trả lời sai, hãy bấm nút. Để bắt đầu lại, hãy gõ /intake.
intake-refused-outside-area =
    Cảm ơn bạn đã trả lời. Tôi rất tiếc: hiện Trung tâm Kỹ năng cho Người nhập cư không thể nhận bạn. Trung tâm dành cho người sống trong khu vực của trung tâm. Lý do là các thành phố trong khu vực trả tiền cho trung tâm.
    { $told ->
        [yes] Tôi đã báo cho cố vấn nghề nghiệp của bạn.
       *[no] Vui lòng báo cho văn phòng của trung tâm.
    }
    Dịch vụ việc làm có thể cho bạn biết về các dịch vụ ở nơi bạn sống. Bạn cũng có thể hỏi ở International House Helsinki hoặc ở điểm thông tin của thành phố bạn.
    Nếu bạn đã trả lời sai, hãy bấm nút. Để bắt đầu lại, hãy gõ /intake.
intake-refused-no-permit =
    Cảm ơn bạn đã trả lời. Tôi rất tiếc: hiện Trung tâm Kỹ năng cho Người nhập cư không thể nhận bạn. Bạn cần có giấy phép cư trú, hoặc đã nộp đơn xin giấy phép cư trú. Bạn cần giấy phép này để học và làm việc ở Phần Lan.
    { $told ->
        [yes] Tôi đã báo cho cố vấn nghề nghiệp của bạn.
       *[no] Vui lòng báo cho văn phòng của trung tâm.
    }
    Cơ quan Di trú Phần Lan (Migri) có thể cho bạn biết về giấy phép cư trú. Bạn cũng có thể hỏi ở International House Helsinki hoặc ở điểm thông tin của thành phố bạn.
    Nếu bạn đã trả lời sai, hãy bấm nút. Để bắt đầu lại, hãy gõ /intake.
intake-refused-not-job-seeker =
    Cảm ơn bạn đã trả lời. Tôi rất tiếc: hiện Trung tâm Kỹ năng cho Người nhập cư không thể nhận bạn. Trung tâm dành cho người thất nghiệp đang tìm việc. Trung tâm giúp mọi người đi làm, hoặc học nghề để đi làm.
    { $told ->
        [yes] Tôi đã báo cho cố vấn nghề nghiệp của bạn.
       *[no] Vui lòng báo cho văn phòng của trung tâm.
    }
    Nếu bạn mất việc hoặc muốn đăng ký tìm việc, dịch vụ việc làm có thể giúp bạn. Sau đó hãy gõ /intake để bắt đầu lại.
    Nếu bạn đã trả lời sai, hãy bấm nút.
intake-refused-pressed-wrong = Tôi đã bấm nhầm nút
intake-refused-typed-wrong = Tôi đã viết sai năm

## The proposal

intake-done = Cảm ơn bạn! Tôi đã lưu câu trả lời của bạn. Cố vấn của bạn sẽ xem chúng.
intake-path-work_first = Tôi đề xuất: <b>lộ trình đi làm</b>. Bạn tìm việc sớm, có người hỗ trợ.
intake-path-education_first = Tôi đề xuất: <b>lộ trình đi học</b>. Bạn học trước, rồi tìm việc.
path-reason-goal-study = • Bạn muốn đi học trước.
path-reason-goal-work = • Bạn muốn đi làm sớm.
path-reason-language = • Bạn đã nói được một ngôn ngữ có thể dùng trong công việc.
path-reason-language-first = • Học tiếng Phần Lan trước sẽ giúp bạn tìm được việc.
path-reason-work-after = • Sau đó, lộ trình này dẫn bạn đến việc làm, như bạn muốn.
path-reason-skills = • Bạn đã có học vấn hoặc kinh nghiệm làm việc.
path-reason-training = • Khóa đào tạo cho bạn những kỹ năng mà người tuyển dụng cần.
intake-next-steps = Cố vấn của bạn sẽ nói chuyện với bạn về đề xuất này. Hai người cùng lập kế hoạch của bạn. Bạn có thể xem câu trả lời của mình bằng lệnh /profile.
path-work_first = lộ trình đi làm
path-education_first = lộ trình đi học

## Notices to the counsellor

notice-intake-done =
    <b>{ $name }</b> đã trả lời xong bảng câu hỏi.
    Tên muốn được gọi: { $preferred }
    Lộ trình đề xuất: <b>{ $path }</b> (lý do: { $reasons })
    Mục tiêu đầu tiên: { $goal } · Tiếng Phần Lan: { $finnish }
    Cần giúp về: { $support }
    Cuộc hẹn: { $times }
# Why the path was proposed, for the counsellor (joined into one sentence).
notice-reason-goal-study = muốn đi học trước
notice-reason-goal-work = muốn đi làm sớm
notice-reason-language = đã nói được một ngôn ngữ dùng trong công việc
notice-reason-language-first = cần học tiếng Phần Lan trước
notice-reason-work-after = muốn đi làm, sau khi học tiếng Phần Lan
notice-reason-skills = có học vấn hoặc kinh nghiệm làm việc
notice-reason-training = sẽ có thêm kỹ năng nhờ khóa đào tạo
notice-intake-not-eligible = Trung tâm không thể nhận <b>{ $name }</b>: { $rules }. Tôi không giữ câu trả lời của người này. Bạn có thể liên lạc với người này.
# Which rule, for the counsellor (joined into one sentence).
notice-eligibility-too-young = dưới 18 tuổi
notice-eligibility-outside-area = sống ngoài khu vực của trung tâm
notice-eligibility-no-permit = không có giấy phép cư trú
notice-eligibility-not-job-seeker = không phải người thất nghiệp đang tìm việc
notice-learner-left = Một học viên của bạn đã xóa thông tin của mình khỏi Polku và rời đi. Người này không còn trong danh sách của bạn.

## The learner's own data

profile-empty = Bạn chưa trả lời bảng câu hỏi. Hãy gõ /intake để bắt đầu.
profile-answers =
    <b>Câu trả lời của bạn</b>

    <b>Tên:</b> { $name }
    <b>Năm sinh:</b> { $birth_year }
    <b>Nơi sống:</b> { $municipality }
    <b>Giấy phép cư trú:</b> { $permit }
    <b>Đã đăng ký tìm việc:</b> { $job_seeker }
    <b>Ngôn ngữ:</b> { $languages }
    <b>Tiếng Phần Lan:</b> { $finnish } · <b>Tiếng Thụy Điển:</b> { $swedish } · <b>Tiếng Anh:</b> { $english }
    <b>Học vấn:</b> { $education } ({ $country })
    <b>Công việc:</b> { $work } ({ $years })
    <b>Mục tiêu đầu tiên:</b> { $goal }
    <b>Quan tâm:</b> { $interests }
    <b>Cần giúp về:</b> { $support }
    <b>Cuộc hẹn:</b> { $times }
    <b>Lộ trình đề xuất:</b> { $path }

    { $change ->
        [buttons] Để sửa một câu trả lời, hãy bấm nút của câu đó.
       *[command] Để sửa một câu trả lời, hãy gõ /profile.
    }
mydata-person =
    <b>Thông tin Polku lưu về bạn</b>
    Tên trên Telegram: { $name }
    Ngôn ngữ: { $language }
    Ngày tham gia: { $joined }
    Cố vấn của bạn: { $counsellor }
mydata-consent = Bạn đã đồng ý trả lời bảng câu hỏi vào { $when }.
mydata-in-progress = Bạn đã bắt đầu trả lời bảng câu hỏi. Có { $count } câu trả lời đang chờ đến khi bạn làm xong.
mydata-how-to-forget = Để xóa tất cả thông tin này, hãy gõ /forget.
forget-confirm = Bạn có muốn tôi xóa tất cả thông tin của bạn không? Tôi sẽ báo cho cố vấn của bạn rằng bạn đã rời đi. Bạn không thể lấy lại thông tin này.
forget-yes = Có, xóa hết
forget-no = Không, giữ lại
forget-kept = Được. Tôi không xóa gì cả.
forget-expired = Câu hỏi này đã cũ, nên tôi không xóa gì cả. Nếu bạn muốn tôi xóa thông tin của bạn, hãy gõ lại /forget.
forget-done = Tôi đã xóa thông tin của bạn. Cảm ơn bạn đã dùng Polku. Nếu bạn muốn quay lại, hãy xin cố vấn một link mời mới.

## Language detection

language-offer = Hình như bạn viết bằng ngôn ngữ này: { $language }. Bạn có muốn tôi viết cho bạn bằng ngôn ngữ đó không?
# Shown in the offered language itself (the button's own language).
language-switch = Có, đổi ngôn ngữ
language-keep = Không, giữ ngôn ngữ này
# A short note on the button (plain text).
language-kept = Được, tôi giữ ngôn ngữ này.
