## Staff management: a coordinator's /staff (access, backup counsellors, moving learners),
## and notices about reassigned learners and backup counsellors

command-staff = الموظفون والصلاحيات والمرشدون الاحتياطيون
staff-none = لا يوجد موظفون آخرون لعرضهم.
staff-list =
    هؤلاء هم المرشدون المهنيون والمنسقون (الصفحة { $page } من { $pages }).
    اضغط على اسم لإنهاء صلاحية دخول هذا الشخص إلى بولكو، أو لإعادتها.
staff-deactivate-button = { $role ->
        [coordinator] إيقاف { $name } (منسق)
       *[counsellor] إيقاف { $name } (مرشد مهني)
    }
staff-deactivate-confirm =
    هل تريد إنهاء صلاحية دخول <b>{ $name }</b> الآن؟ { $role ->
        [coordinator] لن يستطيع استخدام بولكو كمنسق بعد الآن.
       *[counsellor] لن يستطيع استخدام بولكو بعد الآن. ينتظر المتعلمون لديه مرشدًا جديدًا.
    }
staff-confirm-button = نعم، أنهِ صلاحية الدخول
staff-deactivated =
    انتهت صلاحية دخول <b>{ $name }</b>. { $count ->
        [0] لم يكن لديه متعلمون.
        [one] متعلم واحد ينتظر مرشدًا جديدًا.
        [two] متعلمان ينتظران مرشدًا جديدًا.
        [few] { $count } متعلمين ينتظرون مرشدًا جديدًا.
        [many] { $count } متعلمًا ينتظرون مرشدًا جديدًا.
       *[other] { $count } متعلم ينتظرون مرشدًا جديدًا.
    }
notice-learners-reassigned = { $count ->
        [one] لديك متعلم جديد. اكتب /learners لرؤيته.
        [two] لديك متعلمان جديدان. اكتب /learners لرؤيتهما.
        [few] لديك { $count } متعلمين جدد. اكتب /learners لرؤيتهم.
        [many] لديك { $count } متعلمًا جديدًا. اكتب /learners لرؤيتهم.
       *[other] لديك { $count } متعلم جديد. اكتب /learners لرؤيتهم.
    }

## Giving access back

staff-activate-button = { $role ->
        [coordinator] تفعيل { $name } (منسق)
       *[counsellor] تفعيل { $name } (مرشد مهني)
    }
staff-activate-confirm =
    هل تريد إعادة صلاحية دخول <b>{ $name }</b> إلى بولكو؟ { $role ->
        [coordinator] سيستطيع استخدام بولكو كمنسق مرة أخرى.
       *[counsellor] سيستطيع استخدام بولكو كمرشد مهني مرة أخرى. المتعلمون الذين انتقلوا إلى مرشد آخر يبقون معه.
    }
staff-activate-confirm-button = نعم، أعِد صلاحية الدخول
staff-activated =
    يستطيع <b>{ $name }</b> استخدام بولكو مرة أخرى. { $count ->
        [0] لا يوجد متعلمون لديه الآن.
        [one] ما زال لديه متعلم واحد.
        [two] ما زال لديه متعلمان.
        [few] ما زال لديه { $count } متعلمين.
        [many] ما زال لديه { $count } متعلمًا.
       *[other] ما زال لديه { $count } متعلم.
    } المتعلمون الذين انتقلوا إلى مرشد آخر يبقون معه.

## Pages of a list

staff-page-previous = السابق
staff-page-next = التالي
staff-back-button = رجوع

## Backup counsellors: a backup helps a learner when their counsellor is away

staff-backups-button = المرشدون الاحتياطيون للمتعلمين
staff-backups-none = لا يوجد مرشدون مهنيون بعد.
staff-backups-choose-counsellor =
    اختر مرشدًا مهنيًا. بعد ذلك ترى المتعلمين لديه (الصفحة { $page } من { $pages }).
staff-counsellor-learners-button = { $active ->
        [no] { $name } (غادر): عدد المتعلمين { $count }
       *[yes] { $name }: عدد المتعلمين { $count }
    }
staff-learners-none = لا يوجد متعلمون لدى <b>{ $name }</b> الآن.
staff-learners-choose =
    هؤلاء هم المتعلمون لدى <b>{ $name }</b> (الصفحة { $page } من { $pages }).
    اختر متعلمًا لتحدد مرشده الاحتياطي.
staff-learner-button = { $name } – بلا مرشد احتياطي
staff-learner-with-backup-button = { $name } – المرشد الاحتياطي: { $backup }
staff-backup-no-choice = لا يوجد مرشد مهني نشط آخر. لا يمكن تحديد مرشد احتياطي لـ <b>{ $name }</b>.
staff-backup-choose =
    من هو المرشد الاحتياطي لـ <b>{ $name }</b>؟ (الصفحة { $page } من { $pages })
    يساعد المرشد الاحتياطي عندما يكون المرشد الأساسي غائبًا.
staff-backup-choice-button = { $name }
staff-backup-confirm = هل تريد أن يكون <b>{ $backup }</b> المرشد الاحتياطي لـ <b>{ $name }</b>؟
staff-backup-confirm-button = نعم، اجعله المرشد الاحتياطي
staff-backup-done =
    أصبح <b>{ $backup }</b> الآن المرشد الاحتياطي لـ <b>{ $name }</b>. أخبرنا الاثنين.
staff-more-backups-button = تحديد مرشدين احتياطيين آخرين

## Moving the learners of a counsellor who left

staff-move-choose = { $count ->
        [one] متعلم واحد لدى <b>{ $name }</b> ينتظر مرشدًا جديدًا. من سيتولاه؟
        [two] متعلمان لدى <b>{ $name }</b> ينتظران مرشدًا جديدًا. من سيتولاهما؟
        [few] { $count } متعلمين لدى <b>{ $name }</b> ينتظرون مرشدًا جديدًا. من سيتولاهم؟
        [many] { $count } متعلمًا لدى <b>{ $name }</b> ينتظرون مرشدًا جديدًا. من سيتولاهم؟
       *[other] { $count } متعلم لدى <b>{ $name }</b> ينتظرون مرشدًا جديدًا. من سيتولاهم؟
    }
staff-move-choice-button = انقلهم إلى { $name }
staff-move-confirm = { $count ->
        [one] هل تريد نقل متعلم واحد من <b>{ $name }</b> إلى <b>{ $target }</b>؟
        [two] هل تريد نقل متعلمَين من <b>{ $name }</b> إلى <b>{ $target }</b>؟
        [few] هل تريد نقل { $count } متعلمين من <b>{ $name }</b> إلى <b>{ $target }</b>؟
        [many] هل تريد نقل { $count } متعلمًا من <b>{ $name }</b> إلى <b>{ $target }</b>؟
       *[other] هل تريد نقل { $count } متعلم من <b>{ $name }</b> إلى <b>{ $target }</b>؟
    }
staff-move-confirm-button = نعم، انقلهم
staff-moved = { $count ->
        [one] انتقل متعلم واحد من <b>{ $name }</b> إلى المرشد المهني <b>{ $target }</b>.
        [two] انتقل متعلمان من <b>{ $name }</b> إلى المرشد المهني <b>{ $target }</b>.
        [few] انتقل { $count } متعلمين من <b>{ $name }</b> إلى المرشد المهني <b>{ $target }</b>.
        [many] انتقل { $count } متعلمًا من <b>{ $name }</b> إلى المرشد المهني <b>{ $target }</b>.
       *[other] انتقل { $count } متعلم من <b>{ $name }</b> إلى المرشد المهني <b>{ $target }</b>.
    }

## Notices about backup counsellors (sent through the outbox)

notice-backup-for-learner =
    أصبح <b>{ $backup }</b> الآن مرشدك المهني الاحتياطي. يساعدك { $backup } عندما يكون { $counsellor } غائبًا.
notice-backup-for-counsellor =
    أصبحت الآن المرشد الاحتياطي لـ <b>{ $name }</b>. ستصلك رسائله عندما يكون مرشده الأساسي غائبًا.
