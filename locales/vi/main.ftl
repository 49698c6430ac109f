# Polku — Tiếng Việt (Vietnamese). Translated from locales/en/main.ftl: same message ids.
# Writing rules: locales/README.md. Short sentences, common words.
# The reader is addressed as "bạn" (neutral and polite, used by public services and apps);
# Polku speaks of itself as "tôi". "Vui lòng" = please.
# Terms: learner = học viên, career counsellor = cố vấn nghề nghiệp (short: cố vấn),
# coordinator = điều phối viên, invite link = link mời,
# Skills Centre for Migrants = Trung tâm Kỹ năng cho Người nhập cư, Polku = Polku.

## The language itself

# The language's own name, in its own script (shown in the language picker).
language-name = Tiếng Việt
language-first = Bạn muốn tôi dùng ngôn ngữ nào? Bạn có thể đổi sau bằng lệnh /language.
language-choose = Hãy chọn ngôn ngữ của bạn.
language-set = Được. Từ bây giờ tôi sẽ viết cho bạn bằng tiếng Việt.
language-settings =
    Hãy chọn ngôn ngữ của bạn.

    Ngôn ngữ thứ hai của bạn: { $second }. Nếu một tin nhắn không có bằng ngôn ngữ của bạn, bạn sẽ nhận tin đó bằng ngôn ngữ thứ hai.
language-second-none = không có
language-second-button = Ngôn ngữ thứ hai
language-second-choose = Hãy chọn một ngôn ngữ thứ hai. Tôi dùng ngôn ngữ này khi một tin nhắn không có bằng ngôn ngữ của bạn.
language-second-nothing = Không cần ngôn ngữ thứ hai
language-second-set = Được. Ngôn ngữ thứ hai của bạn bây giờ là { $second }.
language-second-removed = Được. Bây giờ bạn không có ngôn ngữ thứ hai.
language-practice-on = Luyện tiếng Phần Lan
language-practice-off = Dừng luyện tiếng Phần Lan
practice-started = Đã bật luyện tiếng Phần Lan. Mỗi tin nhắn bạn sẽ nhận thêm bằng tiếng Phần Lan dễ hiểu. Gõ /suomi để dừng.
practice-stopped = Đã tắt luyện tiếng Phần Lan. Gõ /suomi để bắt đầu lại.
practice-finnish = Tôi đang viết cho bạn bằng tiếng Phần Lan rồi. Để luyện tập, trước tiên hãy chọn ngôn ngữ khác bằng lệnh /language.
# The heading above the Finnish text under each message, in Finnish practice.
practice-in-finnish = Bằng tiếng Phần Lan:
mydata-reading =
    Ngôn ngữ thứ hai: { $second }.
    Luyện tiếng Phần Lan: { $practice ->
        [on] bật
       *[off] tắt
    }.

## Starting and invites

start-no-invite =
    Xin chào! Tôi là Polku, trợ lý của Trung tâm Kỹ năng cho Người nhập cư.
    Để bắt đầu, bạn cần một link mời từ cố vấn của bạn. Hãy xin cố vấn link này. Sau đó mở link trên điện thoại này.
start-invite-invalid = Link mời này không dùng được. Hãy kiểm tra xem bạn có đủ cả link không. Hoặc xin cố vấn một link mới.
start-invite-expired = Link mời này đã hết hạn. Vui lòng xin cố vấn một link mới.
start-invite-used = Đã có người dùng link mời này rồi. Vui lòng xin cố vấn một link mới.
start-already-joined = { $name }, bạn đã tham gia rồi. Bạn không cần link mời mới.
start-welcome-back = Chào mừng bạn trở lại, { $name }!
start-welcome-learner =
    Chào mừng bạn, { $name }! Tôi là Polku.
    Tôi giúp bạn theo dõi kế hoạch của bạn ở Trung tâm Kỹ năng. Tôi nhắc bạn những ngày quan trọng. Tôi cũng giúp bạn liên lạc với cố vấn của bạn.
start-welcome-counsellor =
    Chào mừng bạn, { $name }! Bây giờ bạn là cố vấn nghề nghiệp trong Polku.
    Bạn có thể mời học viên bằng lệnh /invite. Tôi sẽ báo cho bạn khi họ tham gia và khi họ cần bạn giúp.
start-welcome-coordinator =
    Chào mừng bạn, { $name }! Bây giờ bạn là điều phối viên trong Polku.
    Bạn có thể mời cố vấn nghề nghiệp và điều phối viên bằng lệnh /invite.

## Help, one text for each role

help-visitor =
    Tôi là Polku, trợ lý của Trung tâm Kỹ năng cho Người nhập cư.
    Để dùng tôi, bạn cần một link mời từ cố vấn của bạn.
    /language – chọn ngôn ngữ
help-learner =
    Bạn có thể:
    /plan – xem kế hoạch và đánh dấu các bước đã làm xong
    /book – đặt một cuộc hẹn với cố vấn
    /appointments – xem, đổi giờ hoặc hủy cuộc hẹn
    /mood – cho biết bạn đang thấy thế nào
    /counsellor – nhờ cố vấn liên lạc với bạn
    /intake – trả lời lại bảng câu hỏi
    /profile – xem và sửa câu trả lời
    /mydata – xem thông tin Polku lưu về bạn
    /forget – xóa thông tin của bạn
    /cancel – dừng các câu hỏi
    /language – đổi ngôn ngữ
    /help – xem danh sách này
help-counsellor =
    Bạn có thể:
    /learners – xem học viên của bạn và kế hoạch của họ
    /appointments – xem và hủy cuộc hẹn của bạn
    /escalations – học viên có thể đang cần bạn
    /invite – tạo link mời cho một học viên mới
    /cancel – dừng việc thêm một bước
    /language – đổi ngôn ngữ
    /help – xem tin nhắn này
help-coordinator =
    Bạn có thể:
    /invite – tạo link mời cho một cố vấn nghề nghiệp hoặc một điều phối viên
    /staff – dừng hoặc mở lại quyền dùng của nhân viên, chuyển học viên, chọn cố vấn dự phòng
    /campaign – gửi lời nhắc cho các nhóm học viên, xem bản xem trước và báo cáo
    /escalations – thông báo đang mở về học viên
    /language – đổi ngôn ngữ
    /help – xem tin nhắn này

## The command menu (short, plain text, no formatting)

command-start = Bắt đầu
command-help = Trợ giúp
command-language = Đổi ngôn ngữ
command-suomi = Luyện tiếng Phần Lan: tin nhắn có thêm tiếng Phần Lan
command-invite = Tạo link mời
command-intake = Trả lời bảng câu hỏi
command-profile = Xem và sửa câu trả lời
command-mydata = Xem thông tin của bạn
command-forget = Xóa thông tin của bạn
command-cancel = Dừng các câu hỏi
command-learners = Học viên của bạn và kế hoạch của họ
command-plan = Kế hoạch của bạn
command-book = Đặt cuộc hẹn
command-appointments = Các cuộc hẹn của bạn
command-mood = Cho biết bạn thấy thế nào
command-checkin = Chọn lúc tôi hỏi bạn thấy thế nào
command-counsellor = Nói chuyện với cố vấn
command-escalations = Học viên có thể đang cần bạn

## Making invites

invite-choose-role = Bạn muốn mời ai?
invite-role-counsellor = Cố vấn nghề nghiệp
invite-role-coordinator = Điều phối viên
invite-created-learner =
    Đây là link mời cho một học viên mới. Chỉ gửi link này cho người đó. Link chỉ dùng được một lần, đến { $expires }.

    { $link }
invite-created-counsellor =
    Đây là link mời cho một cố vấn nghề nghiệp. Chỉ gửi link này cho người đó. Link chỉ dùng được một lần, đến { $expires }.

    { $link }
invite-created-coordinator =
    Đây là link mời cho một điều phối viên. Chỉ gửi link này cho người đó. Link chỉ dùng được một lần, đến { $expires }.

    { $link }

## Notices to staff (sent through the outbox)

notice-learner-joined = <b>{ $name }</b> đã tham gia Polku bằng link mời của bạn. Bây giờ người này là học viên của bạn.
notice-staff-joined =
    <b>{ $name }</b> đã tham gia Polku với vai trò { $role ->
        [coordinator] điều phối viên
       *[counsellor] cố vấn nghề nghiệp
    }.

## Input that Polku does not take

input-text = Xin lỗi, tôi không hiểu. Hãy gõ /help để xem tôi có thể làm gì.
input-long-text = Tin nhắn của bạn quá dài. Vui lòng viết ngắn hơn.
input-media = Tôi chỉ đọc được chữ. Vui lòng viết tin nhắn bằng chữ.
input-private-data = Cảm ơn bạn, nhưng tôi không cần vị trí hay danh bạ của bạn. Tôi đã không lưu chúng.
input-edited = Tôi chỉ đọc được tin nhắn mới, không đọc được tin nhắn đã sửa. Vui lòng gửi lại tin nhắn.
input-unknown-command = Tôi không biết lệnh này. Hãy gõ /help để xem tôi có thể làm gì.
input-slow-down = Bạn đang gửi nhiều tin nhắn rất nhanh. Vui lòng chờ một chút rồi viết lại. Tôi chưa đọc mấy tin nhắn cuối.

## Errors

error-generic = Xin lỗi, phía tôi có lỗi. Vui lòng thử lại sau một lát.
error-not-allowed = Xin lỗi, bạn không thể làm việc này.
error-stale-button = Nút này không dùng được nữa.
