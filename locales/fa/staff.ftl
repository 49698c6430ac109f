## Staff management: a coordinator's /staff (access, backup counsellors, moving learners),
## and notices about reassigned learners and backup counsellors

# Counts: Persian's plural category "one" also holds 0, so the singular variant is an exact [1].

command-staff = کارکنان، دسترسی و مشاوران جانشین
staff-none = کارمند دیگری برای نشان دادن نیست.
staff-list =
    این‌ها مشاوران شغلی و هماهنگ‌کننده‌ها هستند (صفحه { $page } از { $pages }).
    برای بستن یا باز کردن دسترسی یک نفر به پولکو، نام او را بزنید.
staff-deactivate-button = { $role ->
        [coordinator] بستن دسترسی { $name } (هماهنگ‌کننده)
       *[counsellor] بستن دسترسی { $name } (مشاور)
    }
staff-deactivate-confirm =
    دسترسی <b>{ $name }</b> همین حالا بسته شود؟ { $role ->
        [coordinator] این شخص دیگر نمی‌تواند به عنوان هماهنگ‌کننده از پولکو استفاده کند.
       *[counsellor] این شخص دیگر نمی‌تواند از پولکو استفاده کند. شرکت‌کنندگان او منتظر مشاور تازه می‌مانند.
    }
staff-confirm-button = بله، دسترسی را ببند
staff-deactivated =
    دسترسی <b>{ $name }</b> بسته شد. { $count ->
        [0] این شخص شرکت‌کننده‌ای نداشت.
        [1] یک شرکت‌کننده منتظر مشاور تازه است.
       *[other] { $count } شرکت‌کننده منتظر مشاور تازه هستند.
    }
notice-learners-reassigned = { $count ->
        [1] یک شرکت‌کننده تازه دارید. برای دیدن او /learners را بنویسید.
       *[other] { $count } شرکت‌کننده تازه دارید. برای دیدن آن‌ها /learners را بنویسید.
    }

## Giving access back

staff-activate-button = { $role ->
        [coordinator] باز کردن دسترسی { $name } (هماهنگ‌کننده)
       *[counsellor] باز کردن دسترسی { $name } (مشاور)
    }
staff-activate-confirm =
    دسترسی <b>{ $name }</b> به پولکو دوباره باز شود؟ { $role ->
        [coordinator] این شخص دوباره می‌تواند به عنوان هماهنگ‌کننده از پولکو استفاده کند.
       *[counsellor] این شخص دوباره می‌تواند به عنوان مشاور شغلی از پولکو استفاده کند. شرکت‌کنندگانی که به مشاور دیگری منتقل شدند، پیش همان مشاور می‌مانند.
    }
staff-activate-confirm-button = بله، دسترسی را دوباره باز کن
staff-activated =
    <b>{ $name }</b> دوباره می‌تواند از پولکو استفاده کند. { $count ->
        [0] الان هیچ شرکت‌کننده‌ای او را به عنوان مشاور ندارد.
        [1] یک شرکت‌کننده هنوز او را به عنوان مشاور دارد.
       *[other] { $count } شرکت‌کننده هنوز او را به عنوان مشاور دارند.
    } شرکت‌کنندگانی که به مشاور دیگری منتقل شدند، پیش همان مشاور می‌مانند.

## Pages of a list

# Right to left: "previous" points to the right, "next" to the left.
staff-page-previous = ▶ قبلی
staff-page-next = بعدی ◀
staff-back-button = ▶ برگشت

## Backup counsellors: a backup helps a learner when their counsellor is away

staff-backups-button = مشاوران جانشین برای شرکت‌کنندگان
staff-backups-none = هنوز هیچ مشاور شغلی‌ای نیست.
staff-backups-choose-counsellor =
    یک مشاور شغلی را انتخاب کنید. بعد شرکت‌کنندگان او را می‌بینید (صفحه { $page } از { $pages }).
staff-counsellor-learners-button = { $active ->
        [no] { $name } (رفته است): { $count } شرکت‌کننده
       *[yes] { $name }: { $count } شرکت‌کننده
    }
staff-learners-none = <b>{ $name }</b> الان هیچ شرکت‌کننده‌ای ندارد.
staff-learners-choose =
    این‌ها شرکت‌کنندگان <b>{ $name }</b> هستند (صفحه { $page } از { $pages }).
    یک شرکت‌کننده را انتخاب کنید تا مشاور جانشین او را تعیین کنید.
staff-learner-button = { $name } – بدون مشاور جانشین
staff-learner-with-backup-button = { $name } – مشاور جانشین: { $backup }
staff-backup-no-choice = هیچ مشاور شغلی فعال دیگری نیست که بتواند مشاور جانشین <b>{ $name }</b> باشد.
staff-backup-choose =
    مشاور جانشین <b>{ $name }</b> چه کسی باشد؟ (صفحه { $page } از { $pages })
    وقتی مشاور خود شرکت‌کننده نیست، مشاور جانشین کمک می‌کند.
staff-backup-choice-button = { $name }
staff-backup-confirm = <b>{ $backup }</b> مشاور جانشین <b>{ $name }</b> شود؟
staff-backup-confirm-button = بله، مشاور جانشین شود
staff-backup-done =
    <b>{ $backup }</b> حالا مشاور جانشین <b>{ $name }</b> است. به هر دو نفر خبر دادیم.
staff-more-backups-button = تعیین مشاوران جانشین دیگر

## Moving the learners of a counsellor who left

staff-move-choose = { $count ->
        [1] یک شرکت‌کننده <b>{ $name }</b> منتظر مشاور تازه است. چه کسی او را می‌گیرد؟
       *[other] { $count } شرکت‌کننده <b>{ $name }</b> منتظر مشاور تازه هستند. چه کسی آن‌ها را می‌گیرد؟
    }
staff-move-choice-button = انتقال به { $name }
staff-move-confirm = { $count ->
        [1] یک شرکت‌کننده <b>{ $name }</b> به <b>{ $target }</b> منتقل شود؟
       *[other] { $count } شرکت‌کننده <b>{ $name }</b> به <b>{ $target }</b> منتقل شوند؟
    }
staff-move-confirm-button = بله، منتقل کن
staff-moved = { $count ->
        [1] یک شرکت‌کننده <b>{ $name }</b> حالا <b>{ $target }</b> را به عنوان مشاور دارد.
       *[other] { $count } شرکت‌کننده <b>{ $name }</b> حالا <b>{ $target }</b> را به عنوان مشاور دارند.
    }

## Notices about backup counsellors (sent through the outbox)

notice-backup-for-learner =
    <b>{ $backup }</b> حالا مشاور جانشین شماست. وقتی { $counsellor } نیست، { $backup } به شما کمک می‌کند.
notice-backup-for-counsellor =
    شما حالا مشاور جانشین <b>{ $name }</b> هستید. وقتی مشاور خود او نیست، پیام‌هایش به شما می‌رسد.
