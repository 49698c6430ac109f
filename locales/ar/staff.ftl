## Staff leave: a coordinator's /staff, and notices about reassigned learners

command-staff = الموظفون: إنهاء صلاحية الدخول
staff-none = لا يوجد موظفون آخرون لعرضهم.
staff-list =
    هؤلاء هم المرشدون المهنيون والمنسقون.
    اضغط على اسم لإنهاء صلاحية دخول هذا الشخص إلى بولكو.
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
       *[other] { $count } متعلمين ينتظرون مرشدًا جديدًا.
    }
notice-learners-reassigned = { $count ->
        [one] لديك متعلم جديد. اكتب /learners لرؤيته.
       *[other] لديك { $count } متعلمين جدد. اكتب /learners لرؤيتهم.
    }
