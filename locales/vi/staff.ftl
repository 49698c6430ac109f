## Staff management: a coordinator's /staff (access, backup counsellors, moving learners),
## and notices about reassigned learners and backup counsellors
# Terms: backup counsellor = cố vấn dự phòng (helps a learner when their own counsellor is
# away), access = quyền dùng, staff = nhân viên, coordinator = điều phối viên.
# Vietnamese has one plural form.

command-staff = Nhân viên, quyền dùng và cố vấn dự phòng
staff-none = Không có nhân viên nào khác để hiển thị.
staff-list =
    Đây là các cố vấn nghề nghiệp và điều phối viên (trang { $page } / { $pages }).
    Bấm vào một tên để dừng quyền dùng Polku của người đó, hoặc để mở lại quyền.
staff-deactivate-button = { $role ->
        [coordinator] Dừng quyền { $name } (điều phối viên)
       *[counsellor] Dừng quyền { $name } (cố vấn)
    }
staff-deactivate-confirm =
    Dừng quyền dùng của <b>{ $name }</b> ngay bây giờ? { $role ->
        [coordinator] Người này sẽ không dùng Polku với vai trò điều phối viên được nữa.
       *[counsellor] Người này sẽ không dùng Polku được nữa. Học viên của người này sẽ chờ cố vấn mới.
    }
staff-confirm-button = Có, dừng quyền dùng
staff-deactivated =
    Quyền dùng của <b>{ $name }</b> đã dừng. { $count ->
        [0] Người này không có học viên nào.
       *[other] { $count } học viên đang chờ cố vấn mới.
    }
notice-learners-reassigned = { $count ->
       *[other] Bạn có { $count } học viên mới. Hãy gõ /learners để xem.
    }

## Giving access back

staff-activate-button = { $role ->
        [coordinator] Mở lại quyền { $name } (điều phối viên)
       *[counsellor] Mở lại quyền { $name } (cố vấn)
    }
staff-activate-confirm =
    Mở lại quyền dùng Polku cho <b>{ $name }</b>? { $role ->
        [coordinator] Người này lại có thể dùng Polku với vai trò điều phối viên.
       *[counsellor] Người này lại có thể dùng Polku với vai trò cố vấn nghề nghiệp. Học viên đã chuyển sang cố vấn khác sẽ ở lại với cố vấn đó.
    }
staff-activate-confirm-button = Có, mở lại quyền dùng
staff-activated =
    <b>{ $name }</b> lại có thể dùng Polku. { $count ->
        [0] Hiện không có học viên nào có người này làm cố vấn.
       *[other] { $count } học viên vẫn có người này làm cố vấn.
    } Học viên đã chuyển sang cố vấn khác sẽ ở lại với cố vấn đó.

## Pages of a list

staff-page-previous = ◀ Trang trước
staff-page-next = Trang sau ▶
staff-back-button = ◀ Quay lại

## Backup counsellors: a backup helps a learner when their counsellor is away

staff-backups-button = Cố vấn dự phòng cho học viên
staff-backups-none = Chưa có cố vấn nghề nghiệp nào.
staff-backups-choose-counsellor =
    Hãy chọn một cố vấn nghề nghiệp. Sau đó bạn sẽ thấy học viên của người đó (trang { $page } / { $pages }).
staff-counsellor-learners-button = { $active ->
        [no] { $name } (đã nghỉ): { $count } học viên
       *[yes] { $name }: { $count } học viên
    }
staff-learners-none = <b>{ $name }</b> hiện không có học viên nào.
staff-learners-choose =
    Đây là các học viên của <b>{ $name }</b> (trang { $page } / { $pages }).
    Hãy chọn một học viên để đặt cố vấn dự phòng cho học viên đó.
staff-learner-button = { $name } – chưa có cố vấn dự phòng
staff-learner-with-backup-button = { $name } – dự phòng: { $backup }
staff-backup-no-choice = Không có cố vấn nghề nghiệp nào khác đang làm việc có thể làm cố vấn dự phòng cho <b>{ $name }</b>.
staff-backup-choose =
    Ai sẽ là cố vấn dự phòng của <b>{ $name }</b>? (trang { $page } / { $pages })
    Cố vấn dự phòng giúp học viên khi cố vấn chính của học viên vắng mặt.
staff-backup-choice-button = { $name }
staff-backup-confirm = Chọn <b>{ $backup }</b> làm cố vấn dự phòng của <b>{ $name }</b>?
staff-backup-confirm-button = Có, chọn người này
staff-backup-done =
    <b>{ $backup }</b> bây giờ là cố vấn dự phòng của <b>{ $name }</b>. Chúng tôi đã báo cho cả hai người.
staff-more-backups-button = Đặt thêm cố vấn dự phòng

## Moving the learners of a counsellor who left

staff-move-choose = { $count ->
       *[other] { $count } học viên của <b>{ $name }</b> đang chờ cố vấn mới. Ai sẽ nhận họ?
    }
staff-move-choice-button = Chuyển sang { $name }
staff-move-confirm = { $count ->
       *[other] Chuyển { $count } học viên của <b>{ $name }</b> sang <b>{ $target }</b>?
    }
staff-move-confirm-button = Có, chuyển họ
staff-moved = { $count ->
       *[other] { $count } học viên của <b>{ $name }</b> bây giờ có <b>{ $target }</b> làm cố vấn.
    }

## Notices about backup counsellors (sent through the outbox)

notice-backup-for-learner =
    <b>{ $backup }</b> bây giờ là cố vấn dự phòng của bạn. { $backup } sẽ giúp bạn khi { $counsellor } vắng mặt.
notice-backup-for-counsellor =
    Bạn bây giờ là cố vấn dự phòng của <b>{ $name }</b>. Bạn sẽ nhận tin nhắn của học viên này khi cố vấn chính của học viên vắng mặt.
